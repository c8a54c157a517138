import { hiddenDerivative, type HiddenActivation } from '../network/activation-functions'
import type { Network } from '../network/network'
import type { NeuronRef } from '../network/neuron'
import { Rng } from '../network/rng'
import { sigmoid } from '../network/sigmoid'

export interface MaximiserOptions {
  steps?: number
  /** Adam's step size on the pixels' logits. */
  learningRate?: number
  /** Shift the image by up to this many pixels each step, so the result does not rely on exact positions. */
  jitter?: number
  /** Blur the image every this many steps (a 3 × 3 box), so it does not turn into high-frequency noise. */
  blurEvery?: number
  seed?: number
}

export interface MaximisedInput {
  /** 784 pixel brightnesses in 0…1. */
  image: Float32Array
  /** The neuron's z for it. */
  z: number
  /** z at the start and after each step, to show it climbing. */
  history: number[]
}

const SIDE = 28

/**
 * For a first-layer neuron the input that maximises z = w·x + b with pixels in 0…1 is known exactly:
 * every pixel whose weight is positive fully on, every other off.
 */
export function firstLayerMaximiser(network: Network, neuron: number): Float32Array {
  const inputs = network.layers[0]
  const row = network.weights[0].subarray(neuron * inputs, (neuron + 1) * inputs)
  return Float32Array.from(row, (w) => (w > 0 ? 1 : 0))
}

/**
 * An input that makes one neuron's z as large as it can: gradient ascent on the pixels, each kept in
 * 0…1 as x = σ(p), with Adam, small random shifts and a periodic blur as regularisers. Deterministic
 * for a seed. The result is to be read next to the images that really excite the neuron: neurons often
 * respond to mixtures, and an optimised input shows only one of them.
 */
export function maximiseActivation(network: Network, ref: NeuronRef, options: MaximiserOptions = {}): MaximisedInput {
  const { steps = 200, learningRate = 0.5, jitter = 1, blurEvery = 10, seed = 1 } = options
  const rng = new Rng(seed)
  const n = network.layers[0]
  let p: Float64Array = Float64Array.from({ length: n }, () => 0.01 * rng.normal() - 2) // start dark and nearly uniform
  const m = new Float64Array(n)
  const v = new Float64Array(n)
  const history: number[] = []
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8]
  for (let step = 1; step <= steps; step++) {
    const dx = jitter ? rng.nextInt(2 * jitter + 1) - jitter : 0
    const dy = jitter ? rng.nextInt(2 * jitter + 1) - jitter : 0
    const x = shift(Float64Array.from(p, sigmoid), dx, dy)
    const { z, gradient } = inputGradient(network, ref, x)
    if (step === 1) history.push(z)
    const g = shift(gradient, -dx, -dy)
    for (let k = 0; k < n; k++) {
      const xk = sigmoid(p[k])
      const gk = g[k] * xk * (1 - xk) // dz/dp through x = σ(p)
      m[k] = beta1 * m[k] + (1 - beta1) * gk
      v[k] = beta2 * v[k] + (1 - beta2) * gk * gk
      const mHat = m[k] / (1 - beta1 ** step)
      const vHat = v[k] / (1 - beta2 ** step)
      p[k] += (learningRate * mHat) / (Math.sqrt(vHat) + epsilon)
    }
    if (blurEvery && step % blurEvery === 0 && step < steps) p = blur(p)
    history.push(inputGradient(network, ref, Float64Array.from(p, sigmoid)).z)
  }
  const image = Float32Array.from(p, sigmoid)
  return { image, z: history[history.length - 1], history }
}

/** The neuron's z for input x, and dz/dx: backpropagation from that one neuron down to the pixels. */
export function inputGradient(network: Network, ref: NeuronRef, x: ArrayLike<number>): { z: number; gradient: Float64Array } {
  const { layers, hiddenActivation } = network.architecture
  const { z } = network.forward(x)
  // δ at the neuron's own layer: dz/dz = 1 for it, 0 for the others.
  let delta = new Float64Array(layers[ref.layer])
  delta[ref.neuron] = 1
  for (let l = ref.layer; l >= 1; l--) {
    const W = network.weights[l - 1] // [out][in]
    const inSize = layers[l - 1]
    const back = new Float64Array(inSize)
    for (let j = 0; j < layers[l]; j++) {
      const d = delta[j]
      if (d === 0) continue
      const row = j * inSize
      for (let k = 0; k < inSize; k++) back[k] += W[row + k] * d
    }
    // f'(z) from z in double precision: a float32 activation of 1.0 would say a saturated sigmoid has no slope at all.
    if (l > 1) for (let k = 0; k < inSize; k++) back[k] *= slopeAt(hiddenActivation, z[l - 1][k])
    delta = back
  }
  return { z: z[ref.layer][ref.neuron], gradient: delta }
}

function slopeAt(kind: HiddenActivation, z: number): number {
  if (kind === 'relu') return z > 0 ? 1 : 0
  const a = kind === 'sigmoid' ? sigmoid(z) : Math.tanh(z)
  return hiddenDerivative(kind, a)
}

/** The 28 × 28 image moved by (dx, dy) pixels; what moves out is lost, what comes in is dark. */
function shift(image: Float64Array, dx: number, dy: number): Float64Array {
  if (dx === 0 && dy === 0) return image
  const out = new Float64Array(image.length)
  for (let y = 0; y < SIDE; y++) {
    const sy = y - dy
    if (sy < 0 || sy >= SIDE) continue
    for (let x = 0; x < SIDE; x++) {
      const sx = x - dx
      if (sx >= 0 && sx < SIDE) out[y * SIDE + x] = image[sy * SIDE + sx]
    }
  }
  return out
}

function blur(image: Float64Array): Float64Array {
  const out = new Float64Array(image.length)
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      let sum = 0
      let count = 0
      for (let oy = -1; oy <= 1; oy++) {
        for (let ox = -1; ox <= 1; ox++) {
          const yy = y + oy
          const xx = x + ox
          if (yy >= 0 && yy < SIDE && xx >= 0 && xx < SIDE) {
            sum += image[yy * SIDE + xx]
            count++
          }
        }
      }
      out[y * SIDE + x] = sum / count
    }
  }
  return out
}
