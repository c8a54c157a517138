import { readFileSync } from 'node:fs'
import { PNG } from 'pngjs'
import { inkFromRgba } from '../../shared/digits/ink'
import type { GrayImage } from '../../shared/digits/preprocess'
import { DigitscopeError } from './errors'
import { checkReadableFile, readHead } from './file-doors'

export const MAX_PNG_BYTES = 20_000_000
export const MAX_PNG_SIDE = 4096
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/**
 * A PNG's width and height from its header (the IHDR chunk that must come first), read before anything
 * is decoded: a 74-byte file can claim 30 000 × 30 000 pixels, which the decoder would allocate.
 */
export function pngSize(head: Uint8Array): { width: number; height: number } | undefined {
  if (head.length < 24 || SIGNATURE.some((byte, i) => head[i] !== byte)) return undefined
  if (String.fromCharCode(...head.subarray(12, 16)) !== 'IHDR') return undefined
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** A PNG file of any size up to 4096 × 4096 as ink brightness; anything else is refused in one line. */
export function readPngInk(file: string): GrayImage {
  checkReadableFile(file, 'a PNG image', MAX_PNG_BYTES)
  const cannot = (why: string) => new DigitscopeError('invalid-argument', `Cannot read ${file} as a PNG image: ${why}.`)
  const size = pngSize(readHead(file, 24))
  if (!size) throw cannot('it is not a PNG file')
  if (size.width === 0 || size.height === 0) throw cannot('it claims to have no pixels')
  if (size.width > MAX_PNG_SIDE || size.height > MAX_PNG_SIDE) {
    throw cannot(`it is ${size.width} × ${size.height} pixels; Digitscope reads images up to ${MAX_PNG_SIDE} × ${MAX_PNG_SIDE}`)
  }
  let png: PNG
  try {
    png = PNG.sync.read(readFileSync(file))
  } catch (error) {
    // pngjs's own words ("read requests waitng on finished stream") help no one.
    throw new DigitscopeError('invalid-argument', `Cannot read ${file} as a PNG image: it is damaged or cut short.`, { cause: error })
  }
  return inkFromRgba(new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height)
}
