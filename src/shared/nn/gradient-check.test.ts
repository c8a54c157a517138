import { describe, expect, it } from 'vitest'
import { HIDDEN_ACTIVATIONS, type OutputActivation } from './activation-functions'
import type { Architecture } from './architecture'
import { sampleCost, type Cost } from './costs'
import { FastNet } from './fast-net'
import { initNetwork } from './init'
import { Rng } from './rng'
import { SgdTrainer } from './sgd'
import { denseInput, toSparseImages, type SparseImages } from './sparse-images'

const OUTPUTS: Array<[OutputActivation, Cost]> = [
  ['sigmoid', 'quadratic'],
  ['sigmoid', 'cross-entropy'],
  ['softmax', 'cross-entropy']
]

/** One image of 12 pixels, a few of them blank (blank inputs must get no gradient), labelled 2. */
function oneImage(rng: Rng): SparseImages {
  const pixels = Uint8Array.from({ length: 12 }, (_, k) => (k % 4 === 1 ? 0 : 1 + rng.nextInt(255)))
  return toSparseImages(pixels, Uint8Array.of(2), 12)
}

function costOf(net: FastNet, images: SparseImages): number {
  const { cost, outputActivation } = net.architecture
  return sampleCost(cost, outputActivation, net.forwardSparse(images, 0), images.labels[0])
}

describe('backpropagation agrees with finite differences', () => {
  for (const hidden of HIDDEN_ACTIVATIONS) {
    for (const [output, cost] of OUTPUTS) {
      it(`${hidden} hidden layers, ${output} output, ${cost} cost`, () => {
        const rng = new Rng(7)
        const architecture: Architecture = { layers: [12, 7, 5, 4], hiddenActivation: hidden, outputActivation: output, cost }
        const network = initNetwork(architecture, 'xavier', rng)
        // Non-zero biases so no ReLU sits exactly on its kink.
        network.biases.forEach((b) => b.forEach((_, j) => (b[j] = 0.1 * rng.normal() + 0.05)))
        const images = oneImage(rng)

        // One plain SGD step with η = 1 on one sample moves every parameter by exactly −∂C/∂p.
        const trainer = new SgdTrainer(network, { eta: 1, batchSize: 1, momentum: 0, l2: 0 }, new Rng(1))
        const before = { wt: trainer.net.wt.map((w) => w.slice()), b: trainer.net.b.map((b) => b.slice()) }
        trainer.trainBatch(images, Uint32Array.of(0), 0, 1)

        const probe = FastNet.from(network)
        const h = 1e-6
        let checked = 0
        for (const [kind, params, after] of [
          ['w', probe.wt, trainer.net.wt],
          ['b', probe.b, trainer.net.b]
        ] as const) {
          params.forEach((values, l) => {
            for (let i = 0; i < values.length; i++) {
              const saved = values[i]
              values[i] = saved + h
              const up = costOf(probe, images)
              values[i] = saved - h
              const down = costOf(probe, images)
              values[i] = saved
              const numeric = (up - down) / (2 * h)
              const analytic = (kind === 'w' ? before.wt : before.b)[l][i] - after[l][i]
              expect(Math.abs(analytic - numeric), `${kind}[${l}][${i}]`).toBeLessThan(1e-6 + 1e-4 * Math.abs(numeric))
              checked++
            }
          })
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
    const images = oneImage(rng)
    const canonical = network.forward(denseInput(images, 0)).a[2]
    const fast = FastNet.from(network).forwardSparse(images, 0)
    canonical.forEach((value, j) => expect(fast[j]).toBeCloseTo(value, 6))
    expect(FastNet.from(network).toNetwork().weights).toEqual(network.weights)
  })
})
