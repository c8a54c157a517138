import { Network } from '../network/network'

/**
 * The network with neuron `j` of its first hidden layer replaced by one the learner built: its 784
 * weights (a pixel pattern) and its bias. Nothing else changes, so the test accuracy before and after
 * says what that neuron is worth there.
 */
export function withHandBuiltNeuron(network: Network, j: number, weights: ArrayLike<number>, bias: number): Network {
  const inputs = network.layers[0]
  if (weights.length !== inputs) throw new Error(`a first-layer neuron has ${inputs} weights, not ${weights.length}`)
  if (!Number.isInteger(j) || j < 0 || j >= network.layers[1]) throw new Error(`the first hidden layer has no neuron ${j}`)
  const copy = new Network(
    network.architecture,
    network.weights.map((w) => w.slice()),
    network.biases.map((b) => b.slice())
  )
  copy.weights[0].set(weights, j * inputs)
  copy.biases[0][j] = bias
  return copy
}
