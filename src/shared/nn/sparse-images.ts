/**
 * Images as lists of their inked pixels. MNIST is about 80 % zeros and the first layer holds most of the
 * weights, so skipping zero inputs is most of the speed of training and evaluation.
 */
export interface SparseImages {
  count: number
  /** Inputs per image (784). */
  size: number
  /** Image i's inked pixels are entries offsets[i] .. offsets[i + 1] − 1. */
  offsets: Uint32Array
  indices: Uint16Array
  /** Brightness in (0, 1]. */
  values: Float32Array
  labels: Uint8Array
}

/** From bytes (0–255, image after image) to sparse inputs in [0, 1]; `limit` keeps the first images only. */
export function toSparseImages(pixels: Uint8Array, labels: Uint8Array, size: number, limit = labels.length): SparseImages {
  const count = Math.min(limit, labels.length, Math.floor(pixels.length / size))
  let inked = 0
  for (let p = 0; p < count * size; p++) if (pixels[p] !== 0) inked++
  const offsets = new Uint32Array(count + 1)
  const indices = new Uint16Array(inked)
  const values = new Float32Array(inked)
  let next = 0
  for (let i = 0; i < count; i++) {
    offsets[i] = next
    const base = i * size
    for (let k = 0; k < size; k++) {
      const byte = pixels[base + k]
      if (byte !== 0) {
        indices[next] = k
        values[next] = byte / 255
        next++
      }
    }
  }
  offsets[count] = next
  return { count, size, offsets, indices, values, labels: labels.slice(0, count) }
}

/** One image back as a dense input vector. */
export function denseInput(images: SparseImages, index: number): Float32Array {
  const input = new Float32Array(images.size)
  for (let p = images.offsets[index]; p < images.offsets[index + 1]; p++) input[images.indices[p]] = images.values[p]
  return input
}
