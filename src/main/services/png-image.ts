import { readFileSync } from 'node:fs'
import { PNG } from 'pngjs'
import { inkFromRgba } from '../../shared/digits/ink'
import type { GrayImage } from '../../shared/digits/preprocess'
import { DigitscopeError } from './errors'

/** A PNG file of any size as ink brightness; a missing or broken file is a clear error. */
export function readPngInk(file: string): GrayImage {
  let png: PNG
  try {
    png = PNG.sync.read(readFileSync(file))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message
    throw new DigitscopeError('invalid-argument', `Cannot read ${file} as a PNG image: ${reason}.`, { cause: error })
  }
  return inkFromRgba(new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height)
}
