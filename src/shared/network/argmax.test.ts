import { describe, expect, it } from 'vitest'
import { argmax } from './argmax'

describe('argmax', () => {
  it('finds the largest value, the first of equals', () => {
    expect(argmax([0.1, 0.7, 0.2])).toBe(1)
    expect(argmax(new Float32Array([3, 9, 9, 1]))).toBe(1)
    expect(argmax([-5, -Infinity, -2])).toBe(2)
    expect(argmax([Infinity, 1])).toBe(0)
  })

  it('never lets NaN win, wherever it stands, and says -1 when nothing is a number', () => {
    expect(argmax([NaN, 0.2, 0.9])).toBe(2)
    expect(argmax([0.2, NaN, 0.1])).toBe(0)
    expect(argmax([NaN, NaN, -1])).toBe(2)
    expect(argmax([NaN, NaN])).toBe(-1)
    expect(argmax([])).toBe(-1)
  })
})
