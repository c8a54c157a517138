import { FastNet } from '../training/fast-net'
import type { Network } from '../network/network'
import type { NeuronRef } from '../network/neuron'
import type { SparseImages } from '../training/sparse-images'

/** An image of the test set and what the neuron makes of it. */
export interface ProfiledImage {
  index: number
  z: number
}

/**
 * What a neuron responds to in the data, as Feature Visualization (Olah et al., Distill 2017) shows it:
 * the images that excite it most, ranked by z rather than by σ(z), which saturates, and images across
 * its whole range, not only the top — with the mean activation it has for each digit.
 */
export interface NeuronProfile {
  top: ProfiledImage[]
  /** The images at the minimum, the quartiles and the maximum of z. */
  spread: Array<ProfiledImage & { quantile: number }>
  meanActivationByDigit: number[]
}

/** The neuron's z and activation for every image, one fast forward pass each. */
export function neuronResponses(network: Network, ref: NeuronRef, images: SparseImages): { z: Float64Array; a: Float64Array } {
  const z = new Float64Array(images.count)
  const a = new Float64Array(images.count)
  const fast = FastNet.from(network)
  for (let i = 0; i < images.count; i++) {
    fast.forwardSparse(images, i)
    z[i] = fast.z[ref.layer][ref.neuron]
    a[i] = fast.a[ref.layer][ref.neuron]
  }
  return { z, a }
}

export function neuronProfile(network: Network, ref: NeuronRef, images: SparseImages, topCount = 9): NeuronProfile {
  const { z, a } = neuronResponses(network, ref, images)
  const order = Uint32Array.from({ length: images.count }, (_, i) => i).sort((i, j) => z[j] - z[i] || i - j)
  const at = (index: number) => ({ index, z: z[index] })
  const spread = [0, 0.25, 0.5, 0.75, 1].map((quantile) => ({ quantile, ...at(order[Math.round((1 - quantile) * (order.length - 1))]) }))
  const sums = new Array<number>(10).fill(0)
  const counts = new Array<number>(10).fill(0)
  for (let i = 0; i < images.count; i++) {
    sums[images.labels[i]] += a[i]
    counts[images.labels[i]]++
  }
  return {
    top: Array.from(order.subarray(0, topCount), at),
    spread,
    meanActivationByDigit: sums.map((sum, digit) => (counts[digit] ? sum / counts[digit] : 0))
  }
}
