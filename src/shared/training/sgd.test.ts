import { describe, expect, it } from 'vitest'
import type { Architecture } from '../network/architecture'
import { FastNet } from './fast-net'
import { initNetwork } from '../network/init'
import type { Network } from '../network/network'
import { Rng } from '../network/rng'
import { SgdTrainer, type SgdOptions } from './sgd'
import { denseInput, toSparseImages, type SparseImages } from './sparse-images'

const ARCHITECTURE: Architecture = { layers: [6, 4, 3], hiddenActivation: 'sigmoid', outputActivation: 'sigmoid', cost: 'quadratic' }

/** Two images of 6 pixels with blank ones among them (blank inputs take the sparse path's shortcut). */
const IMAGES: SparseImages = toSparseImages(Uint8Array.of(0, 200, 90, 0, 255, 30, 120, 0, 0, 60, 10, 255), Uint8Array.of(1, 2), 6)

function network(): Network {
  const net = initNetwork(ARCHITECTURE, 'xavier', new Rng(3))
  net.biases.forEach((b) => b.forEach((_, j) => (b[j] = 0.05 * (j + 1))))
  return net
}

type Params = { wt: Float64Array[]; b: Float64Array[] }
const copy = (net: FastNet): Params => ({ wt: net.wt.map((w) => Float64Array.from(w)), b: net.b.map((b) => Float64Array.from(b)) })

/** One mini-batch of `samples` from `start`, with these options; returns the parameters before and after. */
function step(start: Network | FastNet, options: Partial<SgdOptions>, samples: number[], trainer?: SgdTrainer) {
  const t = trainer ?? new SgdTrainer(start instanceof FastNet ? start.toNetwork() : start, { eta: 1, batchSize: samples.length, momentum: 0, l2: 0, ...options }, new Rng(1))
  const before = copy(t.net)
  t.trainBatch(IMAGES, Uint32Array.from(samples), 0, samples.length)
  return { trainer: t, before, after: copy(t.net) }
}

/** Σ∂C/∂p over the samples at the network's parameters: plain SGD with η = 1 subtracts it divided by m. */
function gradient(start: Network, samples: number[]): Params {
  const { before, after } = step(start, {}, samples)
  const m = samples.length
  return { wt: before.wt.map((w, l) => w.map((x, i) => m * (x - after.wt[l][i]))), b: before.b.map((b, l) => b.map((x, j) => m * (x - after.b[l][j]))) }
}

const close = (actual: Float64Array[], expected: Float64Array[]) =>
  actual.forEach((values, l) => values.forEach((value, i) => expect(value, `layer ${l} [${i}]`).toBeCloseTo(expected[l][i], 9)))

describe('one SGD step, against the update rule computed by hand from the gradient', () => {
  it('L2: w ← (1 − ηλ/n)·w − (η/m)·Σ∇; biases are not shrunk', () => {
    const g = gradient(network(), [0, 1])
    const [eta, l2, n, m] = [0.5, 0.3, IMAGES.count, 2]
    const { before, after } = step(network(), { eta, l2 }, [0, 1])
    close(after.wt, before.wt.map((w, l) => w.map((x, i) => (1 - (eta * l2) / n) * x - (eta / m) * g.wt[l][i])))
    close(after.b, before.b.map((b, l) => b.map((x, j) => x - (eta / m) * g.b[l][j])))
  })

  it('momentum: v ← μv − (η/m)·Σ∇ − (ηλ/n)·w, w ← w + v, over two steps', () => {
    const [eta, mu, l2, n] = [0.4, 0.9, 0.2, IMAGES.count]
    const first = step(network(), { eta, momentum: mu, l2, batchSize: 1 }, [0])
    const g1 = gradient(network(), [0])
    const v1 = first.before.wt.map((w, l) => w.map((x, i) => -eta * g1.wt[l][i] - ((eta * l2) / n) * x))
    close(first.after.wt, first.before.wt.map((w, l) => w.map((x, i) => x + v1[l][i])))

    // The second step's gradient is taken where the first step left the weights.
    const g2 = gradient(FastNet.from(first.trainer.toNetwork()).toNetwork(), [1])
    const second = step(network(), {}, [1], first.trainer)
    const v2 = second.before.wt.map((w, l) => w.map((x, i) => mu * v1[l][i] - eta * g2.wt[l][i] - ((eta * l2) / n) * x))
    second.after.wt.forEach((values, l) =>
      values.forEach((value, i) => expect(value, `layer ${l} [${i}]`).toBeCloseTo(second.before.wt[l][i] + v2[l][i], 6))
    )
  })

  it('η decay: epoch e uses η·decayᵉ', () => {
    const trainer = new SgdTrainer(network(), { eta: 2, batchSize: 1, momentum: 0, l2: 0, etaDecay: 0.5 }, new Rng(1))
    const etas = [0, 1, 2].map(() => (trainer.beginEpoch(IMAGES.count), trainer.eta))
    expect(etas).toEqual([2, 1, 0.5])
    const g = gradient(network(), [0])
    const { before, after } = step(network(), {}, [0], trainer)
    close(after.b, before.b.map((b, l) => b.map((x, j) => x - 0.5 * g.b[l][j])))
  })
})

describe('the sparse first-layer update', () => {
  it('equals the dense outer product x·δ¹ᵀ: inked pixels move by their brightness times δ¹, blank ones not at all', () => {
    for (const momentum of [0, 0.9]) {
      const eta = 0.7
      const { before, after } = step(network(), { eta, momentum, batchSize: 1 }, [0])
      // δ¹ is what the first layer's biases moved by: Δb = −η·δ¹.
      const delta1 = before.b[0].map((b, j) => (b - after.b[0][j]) / eta)
      const x = denseInput(IMAGES, 0)
      const out = ARCHITECTURE.layers[1]
      for (let k = 0; k < x.length; k++) {
        for (let j = 0; j < out; j++) {
          const moved = after.wt[0][k * out + j] - before.wt[0][k * out + j]
          expect(moved, `pixel ${k}, neuron ${j}, momentum ${momentum}`).toBeCloseTo(-eta * x[k] * delta1[j], 12)
          if (x[k] === 0) expect(moved).toBe(0)
        }
      }
    }
  })
})
