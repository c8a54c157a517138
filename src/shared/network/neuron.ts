/**
 * A neuron holds a number: its activation. It gets it from the activations a of the previous layer —
 * all of them, through one weight each — and its bias b:
 *
 *   z = w₀a₀ + w₁a₁ + … + wₙaₙ + b      (its weighted sum, plus its bias)
 *   a' = σ(z)                           (squashed into 0…1 by the sigmoid, or another activation function)
 *
 * A layer is many neurons side by side; network.ts runs them all as a' = σ(W·a + b).
 */

/** A neuron of a network: `layer` counts from the input layer (0), so 1 is the first hidden layer. */
export interface NeuronRef {
  layer: number
  neuron: number
}

/** The weighted sum of neuron `j`, whose weights are row j of `weights` ([out][in], row-major). */
export function weightedSum(weights: ArrayLike<number>, j: number, a: ArrayLike<number>): number {
  const row = j * a.length
  let sum = 0
  for (let k = 0; k < a.length; k++) sum += weights[row + k] * a[k]
  return sum
}

/** z = w·a + b: what the neuron's activation function receives. */
export function neuronInput(weights: ArrayLike<number>, j: number, a: ArrayLike<number>, bias: number): number {
  return weightedSum(weights, j, a) + bias
}
