import { describe, expect, it } from 'vitest'
import { backprop, type Gradient } from '../network/backprop'
import { HIDDEN_ACTIVATIONS } from '../network/activation-functions'
import { FastNet } from './fast-net'
import { gradientCheckCase, OUTPUT_COST_PAIRS } from './gradient-check-case.fixture'
import { initNetwork } from '../network/init'
import { Rng } from '../network/rng'
import { SgdTrainer } from './sgd'
import { denseInput } from './sparse-images'

/** The reference's gradient in the [in][out] layout that FastNet, the kernels and the finite differences use. */
function transposed(gradient: Gradient, layers: number[]): { wt: Float64Array[]; b: Float64Array[] } {
  const wt = gradient.weights.map((w, l) => {
    const [inputs, outputs] = [layers[l], layers[l + 1]]
    return Float64Array.from({ length: w.length }, (_, i) => w[(i % outputs) * inputs + Math.floor(i / outputs)])
  })
  return { wt, b: gradient.biases }
}

const close = (actual: number, expected: number) => Math.abs(actual - expected) < 1e-6 + 1e-4 * Math.abs(expected)

for (const hidden of HIDDEN_ACTIVATIONS) {
  for (const [output, cost] of OUTPUT_COST_PAIRS) {
    describe(`${hidden} hidden layers, ${output} output, ${cost} cost`, () => {
      const { architecture, network, image, gradient: numeric } = gradientCheckCase(hidden, output, cost)
      const reference = transposed(backprop(network, denseInput(image, 0), 2), architecture.layers)

      it('the reference backpropagation agrees with finite differences', () => {
        let checked = 0
        for (const kind of ['wt', 'b'] as const) {
          numeric[kind].forEach((values, l) =>
            values.forEach((expected, i) => {
              expect(close(reference[kind][l][i], expected), `${kind}[${l}][${i}]: ${reference[kind][l][i]} vs ${expected}`).toBe(true)
              checked++
            })
          )
        }
        expect(checked).toBe(12 * 7 + 7 + 7 * 5 + 5 + 5 * 4 + 4)
      })

      it('the fast trainer moves every parameter by the reference gradient', () => {
        // One plain SGD step with η = 1 on one sample moves every parameter by exactly −∂C/∂p.
        const trainer = new SgdTrainer(network, { eta: 1, batchSize: 1, momentum: 0, l2: 0 }, new Rng(1))
        const before = { wt: trainer.net.wt.map((w) => w.slice()), b: trainer.net.b.map((b) => b.slice()) }
        trainer.trainBatch(image, Uint32Array.of(0), 0, 1)
        for (const kind of ['wt', 'b'] as const) {
          reference[kind].forEach((values, l) =>
            values.forEach((expected, i) => {
              const moved = before[kind][l][i] - trainer.net[kind][l][i]
              expect(close(moved, expected), `${kind}[${l}][${i}]: ${moved} vs ${expected}`).toBe(true)
            })
          )
        }
      })
    })
  }
}

describe('the fast layout computes what the canonical network computes', () => {
  it('gives the same outputs for a dense forward and a sparse one', () => {
    const rng = new Rng(3)
    const network = initNetwork({ layers: [12, 9, 10], hiddenActivation: 'tanh', outputActivation: 'softmax', cost: 'cross-entropy' }, 'he', rng)
    const { image: images } = gradientCheckCase('tanh', 'softmax', 'cross-entropy')
    const canonical = network.forward(denseInput(images, 0)).a[2]
    const fast = FastNet.from(network).forwardSparse(images, 0)
    canonical.forEach((value, j) => expect(fast[j]).toBeCloseTo(value, 6))
    expect(FastNet.from(network).toNetwork().weights).toEqual(network.weights)
  })
})
