import { describe, expect, it } from 'vitest'
import { HIDDEN_ACTIVATIONS } from './activation-functions'
import { FastNet } from './fast-net'
import { gradientCheckCase, OUTPUT_COST_PAIRS } from './gradient-check-case'
import { initNetwork } from './init'
import { Rng } from './rng'
import { SgdTrainer } from './sgd'
import { denseInput } from './sparse-images'

describe('backpropagation agrees with finite differences', () => {
  for (const hidden of HIDDEN_ACTIVATIONS) {
    for (const [output, cost] of OUTPUT_COST_PAIRS) {
      it(`${hidden} hidden layers, ${output} output, ${cost} cost`, () => {
        const { network, image, gradient } = gradientCheckCase(hidden, output, cost)
        // One plain SGD step with η = 1 on one sample moves every parameter by exactly −∂C/∂p.
        const trainer = new SgdTrainer(network, { eta: 1, batchSize: 1, momentum: 0, l2: 0 }, new Rng(1))
        const before = { wt: trainer.net.wt.map((w) => w.slice()), b: trainer.net.b.map((b) => b.slice()) }
        trainer.trainBatch(image, Uint32Array.of(0), 0, 1)
        let checked = 0
        for (const kind of ['wt', 'b'] as const) {
          gradient[kind].forEach((numeric, l) =>
            numeric.forEach((expected, i) => {
              const analytic = before[kind][l][i] - trainer.net[kind][l][i]
              expect(Math.abs(analytic - expected), `${kind}[${l}][${i}]`).toBeLessThan(1e-6 + 1e-4 * Math.abs(expected))
              checked++
            })
          )
        }
        expect(checked).toBe(12 * 7 + 7 + 7 * 5 + 5 + 5 * 4 + 4)
      })
    }
  }
})

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
