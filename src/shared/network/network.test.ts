import { describe, expect, it } from 'vitest'
import { HIDDEN_ACTIVATIONS, type OutputActivation } from './activation-functions'
import type { Cost } from './costs'
import { FastNet } from '../training/fast-net'
import { initNetwork } from './init'
import { neuronInput, weightedSum } from './neuron'
import { Rng } from './rng'
import { sigmoid } from './sigmoid'
import { denseInput, toSparseImages } from '../training/sparse-images'

describe('a neuron', () => {
  it('takes the weighted sum of the previous layer plus its bias; the sigmoid squashes it into 0…1', () => {
    // Row 1 of a 2×3 weight matrix: weight only on the last two pixels, an edge detector in miniature.
    const weights = [9, 9, 9, 0, 1, 1]
    const a = [0.2, 0.5, 1]
    expect(weightedSum(weights, 1, a)).toBeCloseTo(1.5, 12)
    expect(neuronInput(weights, 1, a, -1)).toBeCloseTo(0.5, 12)
    expect(sigmoid(0)).toBe(0.5)
    expect(sigmoid(-1000)).toBe(0)
    expect(sigmoid(1000)).toBe(1)
  })
})

describe('the reference forward pass, a′ = σ(W·a + b) as written, against the fast path that trains', () => {
  const OUTPUTS: Array<[OutputActivation, Cost]> = [['sigmoid', 'quadratic'], ['softmax', 'cross-entropy']]
  const rng = new Rng(5)
  const pixels = Uint8Array.from({ length: 20 * 784 }, () => (rng.next() < 0.8 ? 0 : 1 + rng.nextInt(255)))
  const images = toSparseImages(pixels, new Uint8Array(20), 784)

  for (const hidden of HIDDEN_ACTIVATIONS) {
    for (const [output, cost] of OUTPUTS) {
      it(`gives the same outputs: ${hidden} hidden, ${output} output`, () => {
        const network = initNetwork({ layers: [784, 16, 16, 10], hiddenActivation: hidden, outputActivation: output, cost }, 'xavier', new Rng(9))
        const fast = FastNet.from(network)
        for (let i = 0; i < images.count; i++) {
          const reference = network.forward(denseInput(images, i)).a[3]
          const quick = fast.forwardSparse(images, i)
          reference.forEach((value, j) => expect(value, `image ${i}, output ${j}`).toBeCloseTo(quick[j], 5))
        }
      })
    }
  }
})
