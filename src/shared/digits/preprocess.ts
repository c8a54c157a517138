/**
 * MNIST's own preprocessing, applied to a drawing: crop the ink's bounding box, scale it so its longer
 * side is exactly 20 px (keeping the aspect ratio, anti-aliased by area averaging), then place it in
 * 28 × 28 so that its centre of mass lands on pixel (14, 14), counted from 0 — as MNIST's digits are.
 */

/** Brightness in [0, 1], row-major, ink = 1. */
export interface GrayImage {
  width: number
  height: number
  pixels: Float32Array
}

export interface Preprocessed {
  /** The network's 784 inputs. */
  input: Float32Array
  /** Each step, for the "what the network sees" strip. */
  stages: { crop: GrayImage; scaled: GrayImage; centred: GrayImage }
  /** Where the crop sat in the drawing: x, y, width, height. */
  box: [number, number, number, number]
}

export const SIZE = 28
export const BOX = 20
const INK = 1 / 255

/** Null for an empty drawing: no ink, no guess. */
export function preprocess(image: GrayImage): Preprocessed | null {
  const box = inkBox(image)
  if (!box) return null
  const crop = cropImage(image, box)
  const scale = BOX / Math.max(crop.width, crop.height)
  const width = Math.max(1, Math.min(BOX, Math.round(crop.width * scale)))
  const height = Math.max(1, Math.min(BOX, Math.round(crop.height * scale)))
  const scaled = resize(crop, width, height)
  const centred = centreByMass(scaled)
  return { input: centred.pixels, stages: { crop, scaled, centred }, box }
}

export function inkBox(image: GrayImage): [number, number, number, number] | null {
  const { width, height, pixels } = image
  let x0 = width
  let y0 = height
  let x1 = -1
  let y1 = -1
  for (let y = 0; y < height; y++) {
    const row = y * width
    for (let x = 0; x < width; x++) {
      if (pixels[row + x] >= INK) {
        if (x < x0) x0 = x
        if (x > x1) x1 = x
        if (y < y0) y0 = y
        if (y > y1) y1 = y
      }
    }
  }
  return x1 < 0 ? null : [x0, y0, x1 - x0 + 1, y1 - y0 + 1]
}

function cropImage(image: GrayImage, [x0, y0, width, height]: [number, number, number, number]): GrayImage {
  const pixels = new Float32Array(width * height)
  for (let y = 0; y < height; y++) pixels.set(image.pixels.subarray((y0 + y) * image.width + x0, (y0 + y) * image.width + x0 + width), y * width)
  return { width, height, pixels }
}

/**
 * Resamples by area: each target pixel is the mean of the source area it covers (a box filter, the
 * anti-aliasing that shrinking needs); separable, rows first.
 */
export function resize(source: GrayImage, width: number, height: number): GrayImage {
  const rows = resample1d(source.pixels, source.width, source.height, width, source.width, 1)
  // rows: source.height rows of `width`; now resample each column.
  const out = resample1d(rows, source.height, width, height, 1, width)
  return { width, height, pixels: transposeBack(out, width, height) }
}

/**
 * Resamples `count` lines of `from` samples to `to` samples. Line i starts at i * lineStride, samples
 * are `step` apart. Returns the lines one after another, `to` samples each.
 */
function resample1d(data: Float32Array, from: number, count: number, to: number, lineStride: number, step: number): Float32Array {
  const out = new Float32Array(count * to)
  const ratio = from / to
  for (let line = 0; line < count; line++) {
    const base = line * lineStride
    for (let t = 0; t < to; t++) {
      const start = t * ratio
      const end = start + ratio
      let sum = 0
      for (let s = Math.floor(start); s < end && s < from; s++) {
        const overlap = Math.min(end, s + 1) - Math.max(start, s)
        if (overlap > 0) sum += data[base + s * step] * overlap
      }
      out[line * to + t] = sum / ratio
    }
  }
  return out
}

/** The column pass left the image as `width` columns of `height`; turn it back into rows. */
function transposeBack(columns: Float32Array, width: number, height: number): Float32Array {
  const pixels = new Float32Array(width * height)
  for (let x = 0; x < width; x++) for (let y = 0; y < height; y++) pixels[y * width + x] = columns[x * height + y]
  return pixels
}

export function centreOfMass(image: GrayImage): [number, number] {
  let mass = 0
  let mx = 0
  let my = 0
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const v = image.pixels[y * image.width + x]
      mass += v
      mx += v * x
      my += v * y
    }
  }
  return mass === 0 ? [(image.width - 1) / 2, (image.height - 1) / 2] : [mx / mass, my / mass]
}

/** Shifts by whole pixels, as MNIST did: the centre of mass ends within half a pixel of (14, 14). */
function centreByMass(image: GrayImage): GrayImage {
  const [cx, cy] = centreOfMass(image)
  const dx = Math.round(SIZE / 2 - cx)
  const dy = Math.round(SIZE / 2 - cy)
  const pixels = new Float32Array(SIZE * SIZE)
  for (let y = 0; y < image.height; y++) {
    const ty = y + dy
    if (ty < 0 || ty >= SIZE) continue
    for (let x = 0; x < image.width; x++) {
      const tx = x + dx
      if (tx >= 0 && tx < SIZE) pixels[ty * SIZE + tx] = image.pixels[y * image.width + x]
    }
  }
  return { width: SIZE, height: SIZE, pixels }
}
