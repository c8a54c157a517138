import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { denseInput, toSparseImages } from './sparse-images'

/** What the lists must hold, written the obvious way: every non-zero byte, in order, as byte / 255. */
function expected(pixels: Uint8Array, size: number, count: number) {
  return Array.from({ length: count }, (_, i) =>
    Array.from(pixels.subarray(i * size, (i + 1) * size)).flatMap((byte, k) => (byte === 0 ? [] : [[k, Math.fround(byte / 255)]]))
  )
}

describe('inked-pixel lists', () => {
  // Mostly blank pixels, as MNIST is; sizes that are and are not a multiple of four (the word-wise path and
  // the byte-wise one); the bytes at an odd offset of their buffer, as a subarray can be.
  const images = fc.record({
    size: fc.integer({ min: 1, max: 40 }),
    count: fc.integer({ min: 0, max: 6 }),
    shift: fc.integer({ min: 0, max: 3 }),
    seed: fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 255 })), { minLength: 240, maxLength: 240 })
  })
  it('hold every non-zero pixel of every image, in order', () => {
    fc.assert(fc.property(images, fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }), ({ size, count, shift, seed }, limit) => {
    const backing = new Uint8Array(shift + size * count)
    backing.set(seed.slice(0, size * count).concat(Array(Math.max(0, size * count - seed.length)).fill(0)).slice(0, size * count), shift)
    const pixels = backing.subarray(shift)
    const labels = Uint8Array.from({ length: count }, (_, i) => i % 10)
    const sparse = toSparseImages(pixels, labels, size, limit)
    const kept = Math.min(count, limit ?? count)
    expect(sparse.count).toBe(kept)
    const lists = Array.from({ length: kept }, (_, i) =>
      Array.from({ length: sparse.offsets[i + 1] - sparse.offsets[i] }, (_, p) => [sparse.indices[sparse.offsets[i] + p], sparse.values[sparse.offsets[i] + p]])
    )
    expect(lists).toEqual(expected(pixels, size, kept))
    for (let i = 0; i < kept; i++) expect(Array.from(denseInput(sparse, i))).toEqual(Array.from(pixels.subarray(i * size, (i + 1) * size), (b) => Math.fround(b / 255)))
    expect(Array.from(sparse.labels)).toEqual(Array.from(labels.subarray(0, kept)))
    }), { numRuns: 300 })
  })
})
