import { activateHidden, activateOutput } from '../network/activation-functions'
import type { Architecture } from '../network/architecture'
import { denseAffine, sparseAffine } from './float64-loops'
import { Network } from '../network/network'
import type { NeuronRef } from '../network/neuron'
import type { SparseImages } from './sparse-images'

/**
 * The network in the layout that trains and evaluates fastest: weights transposed to [in][out] in
 * Float64, so each input neuron's outgoing weights are contiguous. A zero input then costs nothing,
 * and forward, backward and gradient loops all run along memory.
 */
export class FastNet {
  readonly layers: number[]
  /** wt[l][k * out + j] = weights[l][j * in + k]. */
  readonly wt: Float64Array[]
  readonly b: Float64Array[]
  /** Scratch for the last forward pass: z[l], a[l] for l = 1 … L (index 0 unused). */
  readonly z: Float64Array[]
  readonly a: Float64Array[]

  constructor(readonly architecture: Architecture) {
    this.layers = architecture.layers
    const layers = this.layers
    this.wt = layers.slice(1).map((out, l) => new Float64Array(out * layers[l]))
    this.b = layers.slice(1).map((out) => new Float64Array(out))
    this.z = layers.map((n) => new Float64Array(n))
    this.a = layers.map((n) => new Float64Array(n))
  }

  static from(network: Network): FastNet {
    const fast = new FastNet(network.architecture)
    fast.load(network)
    return fast
  }

  load(network: Network): void {
    for (let l = 0; l + 1 < this.layers.length; l++) {
      transpose(network.weights[l], this.layers[l + 1], this.layers[l], this.wt[l])
      this.b[l].set(network.biases[l])
    }
  }

  /** Back to the canonical layout, rounded to float32 (what is stored and exported). */
  toNetwork(): Network {
    const network = Network.zeros(this.architecture)
    for (let l = 0; l + 1 < this.layers.length; l++) {
      transpose(this.wt[l], this.layers[l], this.layers[l + 1], network.weights[l])
      network.biases[l].set(this.b[l])
    }
    return network
  }

  /**
   * Forward pass of image `i`; leaves z and a in the scratch arrays and returns the output activations.
   * `off` switches one hidden neuron off: its activation is held at 0 (an ablation).
   */
  forwardSparse(images: SparseImages, i: number, off?: NeuronRef): Float64Array {
    const layers = this.layers
    const last = layers.length - 1
    // Layer 1 from the inked pixels only.
    sparseAffine(this.z[1], this.b[0], this.wt[0], layers[1], images.indices, images.values, images.offsets[i], images.offsets[i + 1])
    this.activate(1, last, off)
    for (let l = 2; l <= last; l++) {
      denseAffine(this.z[l], this.b[l - 1], this.wt[l - 1], layers[l - 1], layers[l], this.a[l - 1])
      this.activate(l, last, off)
    }
    return this.a[last]
  }

  private activate(l: number, last: number, off?: NeuronRef): void {
    if (l === last) activateOutput(this.architecture.outputActivation, this.z[l], this.a[l])
    else activateHidden(this.architecture.hiddenActivation, this.z[l], this.a[l])
    if (off && off.layer === l) this.a[l][off.neuron] = 0
  }
}

/** `to` = `from`ᵀ, where `from` is rows × cols row-major: [out][in] ⇄ [in][out]. */
function transpose(from: ArrayLike<number>, rows: number, cols: number, to: Float32Array | Float64Array): void {
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) to[c * rows + r] = from[r * cols + c]
}
