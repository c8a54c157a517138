import type { HiddenActivation, OutputActivation } from './activations'
import type { Cost } from './costs'

/** What a network is, apart from its numbers. */
export interface Architecture {
  /** Neurons per layer, input first: [784, 16, 16, 10]. */
  layers: number[]
  hiddenActivation: HiddenActivation
  outputActivation: OutputActivation
  cost: Cost
}

/** Weights and biases in the reading order of a' = σ(W·a + b). */
export interface Parameters {
  /** weights[l][j * in + k]: from neuron k of layer l to neuron j of layer l + 1 ([out][in], row-major). */
  weights: Float32Array[]
  /** biases[l][j]: of neuron j of layer l + 1. */
  biases: Float32Array[]
}

export function parameterCount(layers: number[]): number {
  let n = 0
  for (let l = 0; l + 1 < layers.length; l++) n += layers[l] * layers[l + 1] + layers[l + 1]
  return n
}
