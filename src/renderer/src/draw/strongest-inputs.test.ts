import { describe, expect, it } from 'vitest'
import { Rng } from '../../../shared/network/rng'
import { strongestInputs } from './strongest-inputs'

/** The obvious way: every w·a, sorted by size. */
function reference(weights: Float32Array, a: number[], outSize: number, count: number): Array<[number, number, number]> {
  const found: Array<[number, number, number]> = []
  for (let j = 0; j < outSize; j++) {
    const row = a.map((ak, k) => [j, k, Math.fround(weights[j * a.length + k] * ak)] as [number, number, number]).filter(([, , v]) => v !== 0)
    row.sort((p, q) => Math.abs(q[2]) - Math.abs(p[2]) || p[1] - q[1])
    found.push(...row.slice(0, count))
  }
  return found
}

describe('strongestInputs', () => {
  it('finds each neuron’s largest |w · a|, largest first, as sorting every product would', () => {
    const rng = new Rng(7)
    for (const [inSize, outSize, count] of [[784, 16, 2], [16, 10, 3], [128, 64, 3], [5, 4, 8]]) {
      const weights = Float32Array.from({ length: inSize * outSize }, () => rng.normal())
      const a = Array.from({ length: inSize }, (_, k) => (k % 3 === 0 ? 0 : Math.fround(rng.normal())))
      const { j, k, v } = strongestInputs(weights, a, outSize, count)
      const found = Array.from(j, (jj, i) => [jj, k[i], v[i]] as [number, number, number]).filter(([jj]) => jj >= 0)
      expect(found).toEqual(reference(weights, a, outSize, count))
    }
  })

  it('finds nothing for an input of zeros', () => {
    const { j } = strongestInputs(new Float32Array(20).fill(1), new Float32Array(5), 4, 3)
    expect([...j].every((jj) => jj === -1)).toBe(true)
  })
})
