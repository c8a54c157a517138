import { describe, expect, it } from 'vitest'
import { parseIdxImages, parseIdxLabels } from './idx'

function idx(dims: number[], data: number[], typeCode = 0x08): Uint8Array {
  const head = new Uint8Array(4 + 4 * dims.length)
  head.set([0, 0, typeCode, dims.length])
  const view = new DataView(head.buffer)
  dims.forEach((n, d) => view.setUint32(4 + 4 * d, n, false))
  return new Uint8Array([...head, ...data])
}

describe('IDX parsing', () => {
  it('reads a small image file', () => {
    const images = parseIdxImages(idx([2, 2, 3], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 255]), 'tiny')
    expect(images).toMatchObject({ count: 2, rows: 2, cols: 3 })
    expect(Array.from(images.pixels)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 255])
  })

  it('rejects a truncated file, saying how many bytes were promised and found', () => {
    const whole = idx([2, 2, 2], [1, 2, 3, 4, 5, 6, 7, 8])
    expect(() => parseIdxImages(whole.subarray(0, whole.length - 3), 'images.idx')).toThrow(
      /images\.idx: truncated — header promises 2×2×2 values \(24 bytes\) but the file has 21 bytes/
    )
  })

  it('rejects a truncated header', () => {
    expect(() => parseIdxImages(idx([2, 2, 2], []).subarray(0, 9), 'x')).toThrow(/truncated IDX header/)
  })

  it('rejects a foreign file by its magic number', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
    expect(() => parseIdxImages(png, 'photo.png')).toThrow(/photo\.png: not an IDX file \(magic number starts 89 50/)
  })

  it('rejects other data types, trailing bytes, wrong dimensionality and out-of-range labels', () => {
    expect(() => parseIdxImages(idx([1, 1, 1], [0], 0x0d), 'f')).toThrow(/unsupported IDX data type 0d/)
    expect(() => parseIdxImages(idx([1, 1, 1], [0, 0]), 'f')).toThrow(/1 unexpected trailing bytes/)
    expect(() => parseIdxImages(idx([3], [1, 2, 3]), 'f')).toThrow(/expected an image file/)
    expect(() => parseIdxLabels(idx([3], [1, 2, 10]), 'labels')).toThrow(/label 10 at index 2 is outside 0–9/)
  })
})
