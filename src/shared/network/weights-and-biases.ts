/**
 * What learning finds: every weight and every bias. Row j of W holds neuron j's weights — one for each
 * neuron of the previous layer, the pixel pattern it looks for — so one layer is a' = σ(W·a + b).
 * (The lecture notes put a neuron's weights in a column; here each row is a neuron, which is how W·a reads.)
 */
export interface WeightsAndBiases {
  /** weights[l][j * in + k]: from neuron k of layer l to neuron j of layer l + 1 ([out][in], row-major). */
  weights: Float32Array[]
  /** biases[l][j]: of neuron j of layer l + 1 — how high its weighted sum must get before it lights up. */
  biases: Float32Array[]
}

/** How many numbers learning has to find: 13 002 for 784-16-16-10. */
export function parameterCount(layers: number[]): number {
  let n = 0
  for (let l = 0; l + 1 < layers.length; l++) n += layers[l] * layers[l + 1] + layers[l + 1]
  return n
}
