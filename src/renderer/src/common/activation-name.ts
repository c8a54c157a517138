import type { Network } from '../../../shared/network/network'

/** The symbol of layer l's activation function, as the formulas show it: σ, ReLU, tanh or softmax. */
export function activationName(network: Network, layer: number): string {
  const { layers, architecture } = network
  if (layer === layers.length - 1) return architecture.outputActivation === 'softmax' ? 'softmax' : 'σ'
  return { sigmoid: 'σ', relu: 'ReLU', tanh: 'tanh' }[architecture.hiddenActivation]
}
