import type { Network } from '../network/network'

/**
 * A picture in pixels for a neuron of hidden layer 2, which reads layer 1 rather than pixels: its weights over
 * layer 1 turned into pixels as the weighted sum of layer 1's weight images,
 *
 *   picture_i = Σⱼ W²ᵢⱼ · W¹ⱼ        (W¹ⱼ: row j of the first layer's W, a 28 × 28 image)
 *
 * a signed map of what it would look for in pixels: blue where ink would raise its z, orange where ink would
 * lower it. It is exact only if layer 1 had no σ (z² would then be picture · a⁰ plus a constant); the σ between
 * the layers squashes each layer-1 neuron, so this is an approximation, and the captions say so.
 */
export function pixelPicture(network: Network, neuron: number): Float32Array {
  const [inputs, first] = [network.layers[0], network.layers[1]]
  const w1 = network.weights[0]
  const w2 = network.weights[1]
  const picture = new Float64Array(inputs)
  for (let j = 0; j < first; j++) {
    const weight = w2[neuron * first + j]
    const row = j * inputs
    for (let k = 0; k < inputs; k++) picture[k] += weight * w1[row + k]
  }
  return Float32Array.from(picture)
}

/** Every hidden-layer-2 neuron's picture: worked once per version (16 × 16 × 784 multiply-adds), never per stroke. */
export function pixelPictures(network: Network): Float32Array[] {
  if (network.layers.length < 4) return []
  return Array.from({ length: network.layers[2] }, (_, i) => pixelPicture(network, i))
}
