import { hiddenDerivative } from '../network/activation-functions'
import { trainEpoch, type BatchTrainer } from './epoch'
import { outputDelta, sampleCost } from '../network/costs'
import { FastNet } from './fast-net'
import { sparseOuterAdd } from './float64-loops'
import type { Network } from '../network/network'
import type { Rng } from '../network/rng'
import type { SparseImages } from './sparse-images'

export interface SgdOptions {
  /** Learning rate η. */
  eta: number
  batchSize: number
  /** μ in v ← μv − η∇C; 0 is plain SGD. */
  momentum: number
  /** λ of L2 regularisation, as in Nielsen: w ← (1 − ηλ/n)·w − η∇C. */
  l2: number
  /** η shrinks by this factor after every epoch (1: constant η). */
  etaDecay?: number
}

/**
 * Mini-batch stochastic gradient descent by backpropagation. Gradients of a mini-batch are summed and
 * applied once (w −= η/m · Σ∇), as in Nielsen's network.py.
 */
export class SgdTrainer implements BatchTrainer {
  readonly net: FastNet
  private readonly gw: Float64Array[]
  private readonly gb: Float64Array[]
  private readonly vw: Float64Array[] | undefined
  private readonly vb: Float64Array[] | undefined
  private readonly delta: Float64Array[]
  /**
   * The first layer's gradient is kept as what it is made of — each sample's δ¹ and its inked pixels —
   * and applied straight to the weights at the end of the mini-batch: no dense 784 × n buffer to clear.
   */
  private readonly batchDelta1: Float64Array
  private readonly batchSamples: Uint32Array
  private batchFill = 0
  private readonly scaledDelta1: Float64Array
  private order = new Uint32Array(0)
  private epochsBegun = 0
  /** η of the current epoch. */
  eta: number

  constructor(
    network: Network,
    readonly options: SgdOptions,
    private readonly rng: Rng
  ) {
    this.net = FastNet.from(network)
    this.eta = options.eta
    const { layers } = this.net
    this.gw = this.net.wt.map((w) => new Float64Array(w.length))
    this.gb = this.net.b.map((b) => new Float64Array(b.length))
    if (options.momentum !== 0) {
      this.vw = this.net.wt.map((w) => new Float64Array(w.length))
      this.vb = this.net.b.map((b) => new Float64Array(b.length))
    }
    this.delta = layers.map((n) => new Float64Array(n))
    this.batchDelta1 = new Float64Array(options.batchSize * layers[1])
    this.batchSamples = new Uint32Array(options.batchSize)
    this.scaledDelta1 = new Float64Array(layers[1])
  }

  /** Begins an epoch: sets its η and returns a new random order of the training images. */
  beginEpoch(count: number): Uint32Array {
    this.eta = this.options.eta * (this.options.etaDecay ?? 1) ** this.epochsBegun++
    if (this.order.length !== count) this.order = Uint32Array.from({ length: count }, (_, i) => i)
    this.rng.shuffle(this.order)
    return this.order
  }

  /** Trains on images order[from … to) as one mini-batch; returns the summed cost of those samples. */
  trainBatch(images: SparseImages, order: Uint32Array, from: number, to: number): number {
    let cost = 0
    for (let s = from; s < to; s++) cost += this.backprop(images, order[s])
    this.step(images, to - from)
    return cost
  }

  /** One whole epoch in a fresh random order; returns the mean training cost. */
  trainEpoch(images: SparseImages, onBatch?: (samplesDone: number, costSoFar: number) => void): number {
    return trainEpoch(this, images, this.options.batchSize, onBatch)
  }

  toNetwork(): Network {
    return this.net.toNetwork()
  }

  /** Forward, then δ backwards through the layers, adding this sample's ∂C/∂w and ∂C/∂b to the sums. */
  private backprop(images: SparseImages, i: number): number {
    const net = this.net
    const { layers, wt, a } = net
    const { hiddenActivation, outputActivation, cost } = net.architecture
    const last = layers.length - 1
    const label = images.labels[i]
    const output = net.forwardSparse(images, i)
    const sample = sampleCost(cost, outputActivation, output, label)
    outputDelta(cost, output, label, this.delta[last])

    for (let l = last; l >= 2; l--) {
      const outSize = layers[l]
      const inSize = layers[l - 1]
      const delta = this.delta[l]
      const previous = a[l - 1]
      const w = wt[l - 1]
      const gw = this.gw[l - 1]
      const gb = this.gb[l - 1]
      for (let j = 0; j < outSize; j++) gb[j] += delta[j]
      const deltaPrevious = this.delta[l - 1]
      const relu = hiddenActivation === 'relu'
      for (let k = 0; k < inSize; k++) {
        const ak = previous[k]
        if (relu && ak === 0) {
          deltaPrevious[k] = 0 // neither a gradient nor a δ flows through an inactive ReLU
          continue
        }
        const row = k * outSize
        let back = 0
        for (let j = 0; j < outSize; j++) {
          back += w[row + j] * delta[j]
          gw[row + j] += ak * delta[j]
        }
        deltaPrevious[k] = back * hiddenDerivative(hiddenActivation, ak)
      }
    }

    // First layer: keep δ¹ for the update; only this sample's inked pixels will receive it.
    const out1 = layers[1]
    const gb0 = this.gb[0]
    const delta1 = this.delta[1]
    for (let j = 0; j < out1; j++) gb0[j] += delta1[j]
    this.batchDelta1.set(delta1, this.batchFill * out1)
    this.batchSamples[this.batchFill++] = i
    return sample
  }

  /** Applies the summed gradients of a mini-batch of m samples, then clears them. */
  private step(images: SparseImages, m: number): void {
    const { momentum, l2 } = this.options
    const eta = this.eta
    const rate = eta / m
    const decay = 1 - (eta * l2) / images.count
    const net = this.net
    const out1 = net.layers[1]
    // With momentum the first layer's gradient is needed whole; without, it goes straight into w.
    const firstTarget = this.vw ? this.gw[0] : net.wt[0]
    const scale = this.vw ? 1 : -rate
    if (!this.vw && decay !== 1) for (let i = 0; i < firstTarget.length; i++) firstTarget[i] *= decay
    const scaled = this.scaledDelta1
    for (let s = 0; s < this.batchFill; s++) {
      const i = this.batchSamples[s]
      for (let j = 0; j < out1; j++) scaled[j] = scale * this.batchDelta1[s * out1 + j]
      sparseOuterAdd(firstTarget, out1, scaled, images.indices, images.values, images.offsets[i], images.offsets[i + 1])
    }
    this.batchFill = 0

    for (let l = 0; l < net.wt.length; l++) {
      const w = net.wt[l]
      const gw = this.gw[l]
      const b = net.b[l]
      const gb = this.gb[l]
      if (this.vw && this.vb) {
        const vw = this.vw[l]
        const vb = this.vb[l]
        for (let i = 0; i < w.length; i++) {
          vw[i] = momentum * vw[i] - rate * gw[i] - (1 - decay) * w[i]
          w[i] += vw[i]
          gw[i] = 0
        }
        for (let j = 0; j < b.length; j++) {
          vb[j] = momentum * vb[j] - rate * gb[j]
          b[j] += vb[j]
          gb[j] = 0
        }
        continue
      }
      if (l > 0) {
        for (let i = 0; i < w.length; i++) {
          w[i] = decay * w[i] - rate * gw[i]
          gw[i] = 0
        }
      }
      for (let j = 0; j < b.length; j++) {
        b[j] -= rate * gb[j]
        gb[j] = 0
      }
    }
  }
}
