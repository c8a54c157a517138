import { PNG } from 'pngjs'
import { inflateSync } from 'node:zlib'
import { inkFromRgba } from '../../shared/digits/ink'
import type { GrayImage } from '../../shared/digits/preprocess'
import { DigitscopeError } from './errors/errors'
import { readRegularFile } from './errors/file-limits'

const MAX_PNG_BYTES = 20_000_000
const MAX_PNG_SIDE = 4096
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

/** Bits per pixel for each PNG colour type: grey, RGB, palette, grey + alpha, RGBA. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

/**
 * Walks the chunks before anything is decoded: exactly one IHDR, first; the image data inflated with a
 * ceiling of what a picture of that size can need (a small file may inflate to gigabytes), and at least
 * what a non-interlaced one needs (a cut stream would otherwise be padded with blank rows).
 */
function checkChunks(bytes: Uint8Array, cannot: (why: string) => Error): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const data: Uint8Array[] = []
  let headers = 0
  let offset = 8
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset)
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8))
    if (offset + 12 + length > bytes.length) throw cannot('it is damaged or cut short')
    if (type === 'IHDR' && ++headers > 1) throw cannot('it has more than one header')
    if (type === 'IDAT') data.push(bytes.subarray(offset + 8, offset + 8 + length))
    offset += 12 + length
    if (type === 'IEND') break
  }
  const width = view.getUint32(16)
  const height = view.getUint32(20)
  const depth = bytes[24]
  const channels = CHANNELS[bytes[25]]
  const interlaced = bytes[28] === 1
  if (!channels || ![1, 2, 4, 8, 16].includes(depth)) throw cannot('it uses a colour format PNG does not have')
  const rowBytes = Math.ceil((width * channels * depth) / 8)
  const needed = height * (1 + rowBytes)
  // Adam7 splits the image into 7 passes, each row with its own filter byte.
  const ceiling = needed + (interlaced ? 7 * (height + 1) * 2 : 0)
  let inflated: Uint8Array
  try {
    inflated = inflateSync(Buffer.concat(data), { maxOutputLength: ceiling + 1 })
  } catch {
    throw cannot('it is damaged, cut short, or holds more data than its size allows')
  }
  if (inflated.length > ceiling || (!interlaced && inflated.length < needed)) throw cannot('it is damaged or cut short')
}

/** A PNG file of any size up to 4096 × 4096 as ink brightness; anything else is refused in one line. */
export function readPngInk(file: string): GrayImage {
  const bytes = readRegularFile(file, 'a PNG image', MAX_PNG_BYTES)
  const cannot = (why: string) => new DigitscopeError('invalid-argument', `Cannot read ${file} as a PNG image: ${why}.`)
  const size = pngSize(bytes.subarray(0, 24))
  if (!size) throw cannot('it is not a PNG file')
  if (size.width === 0 || size.height === 0) throw cannot('it claims to have no pixels')
  if (size.width > MAX_PNG_SIDE || size.height > MAX_PNG_SIDE) {
    throw cannot(`it is ${size.width} × ${size.height} pixels; Digitscope reads images up to ${MAX_PNG_SIDE} × ${MAX_PNG_SIDE}`)
  }
  checkChunks(bytes, cannot)
  let png: PNG
  try {
    png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  } catch (error) {
    // pngjs's own words ("read requests waitng on finished stream") help no one.
    throw new DigitscopeError('invalid-argument', `Cannot read ${file} as a PNG image: it is damaged or cut short.`, { cause: error })
  }
  return inkFromRgba(new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height)
}
