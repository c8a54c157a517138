import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseModelFile } from '../model/model-file'
import { pixelPicture, pixelPictures } from './pixel-picture'

const root = join(import.meta.dirname, '..', '..', '..')
const classic = parseModelFile(readFileSync(join(root, 'resources', 'default-model.digitscope.json'), 'utf8')).network

describe('a hidden-layer-2 neuron’s picture in pixels', () => {
  it('is what the neuron’s z would see in the pixels if layer 1 had no σ: z² − (the biases’ part) = picture · a⁰, for any input', () => {
    // Independent: the two layers run one after the other on an input, as a network without σ would, in float64.
    const [n0, n1, n2] = classic.layers
    const [w1, w2] = classic.weights
    const [b1, b2] = classic.biases
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    for (let trial = 0; trial < 5; trial++) {
      const a0 = Array.from({ length: n0 }, () => (random() < 0.2 ? random() : 0))
      const z1 = Array.from({ length: n1 }, (_, j) => a0.reduce((sum, a, k) => sum + w1[j * n0 + k] * a, b1[j]))
      for (const i of [0, 5, n2 - 1]) {
        const z2 = z1.reduce((sum, z, j) => sum + w2[i * n1 + j] * z, b2[i])
        const fromBiases = b1.reduce((sum, b, j) => sum + w2[i * n1 + j] * b, b2[i])
        const picture = pixelPicture(classic, i)
        const seen = a0.reduce((sum, a, k) => sum + picture[k] * a, 0)
        expect(seen).toBeCloseTo(z2 - fromBiases, 3)
      }
    }
  })

  it('is the weighted sum of layer 1’s weight images, pixel by pixel, for a network worked by hand', () => {
    // Two pixels, two layer-1 neurons, one layer-2 neuron: picture = 2·(1, 0) − 1·(3, 4) = (−1, −4).
    const tiny = { layers: [2, 2, 1, 1], weights: [Float32Array.of(1, 0, 3, 4), Float32Array.of(2, -1), Float32Array.of(1)], biases: [] } as unknown as Parameters<typeof pixelPicture>[0]
    expect(Array.from(pixelPicture(tiny, 0))).toEqual([-1, -4])
  })

  it('gives one 28 × 28 picture per neuron of hidden layer 2, none for a network with one hidden layer', () => {
    const pictures = pixelPictures(classic)
    expect(pictures).toHaveLength(classic.layers[2])
    expect(pictures.every((p) => p.length === 784)).toBe(true)
    expect(pixelPictures({ ...classic, layers: [784, 16, 10] } as typeof classic)).toEqual([])
  })
})
