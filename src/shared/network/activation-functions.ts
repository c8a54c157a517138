import { sigmoid, sigmoidSlope } from './sigmoid'

/**
 * The activation functions f in a = f(z): what turns a neuron's weighted sum z into its activation a.
 * Each derivative is written in terms of a = f(z), as backprop has it.
 */
export const HIDDEN_ACTIVATIONS = ['sigmoid', 'relu', 'tanh'] as const
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number]

export const OUTPUT_ACTIVATIONS = ['sigmoid', 'softmax'] as const
export type OutputActivation = (typeof OUTPUT_ACTIVATIONS)[number]

/** a = f(z) for every neuron of a hidden layer, in place over `a`. */
export function activateHidden(kind: HiddenActivation, z: Float32Array | Float64Array, a: Float32Array | Float64Array): void {
  const n = z.length
  if (kind === 'sigmoid') for (let j = 0; j < n; j++) a[j] = sigmoid(z[j])
  else if (kind === 'relu') for (let j = 0; j < n; j++) a[j] = z[j] > 0 ? z[j] : 0
  else for (let j = 0; j < n; j++) a[j] = Math.tanh(z[j])
}

/** f'(z), from a = f(z): σ' = a(1 − a), tanh' = 1 − a², relu' = [z > 0]. */
export function hiddenDerivative(kind: HiddenActivation, a: number): number {
  if (kind === 'sigmoid') return sigmoidSlope(a)
  if (kind === 'relu') return a > 0 ? 1 : 0
  return 1 - a * a
}

export function activateOutput(kind: OutputActivation, z: Float32Array | Float64Array, a: Float32Array | Float64Array): void {
  const n = z.length
  if (kind === 'sigmoid') {
    for (let j = 0; j < n; j++) a[j] = sigmoid(z[j])
    return
  }
  let max = -Infinity
  for (let j = 0; j < n; j++) if (z[j] > max) max = z[j]
  let sum = 0
  for (let j = 0; j < n; j++) sum += a[j] = Math.exp(z[j] - max)
  for (let j = 0; j < n; j++) a[j] /= sum
}
