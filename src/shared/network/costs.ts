import type { OutputActivation } from './activation-functions'

export const COSTS = ['quadratic', 'cross-entropy'] as const
export type Cost = (typeof COSTS)[number]

/** Output activation and cost go together: softmax only with cross-entropy, where δ = a − y. */
export function isValidPairing(output: OutputActivation, cost: Cost): boolean {
  return output === 'sigmoid' || cost === 'cross-entropy'
}

const TINY = 1e-12

/** The cost of one sample whose label is `label` (one-hot target y). */
export function sampleCost(cost: Cost, output: OutputActivation, a: ArrayLike<number>, label: number): number {
  let c = 0
  if (cost === 'quadratic') {
    for (let j = 0; j < a.length; j++) {
      const d = a[j] - (j === label ? 1 : 0)
      c += d * d
    }
    return c / 2
  }
  if (output === 'softmax') return -Math.log(Math.max(a[label], TINY))
  for (let j = 0; j < a.length; j++) {
    c -= j === label ? Math.log(Math.max(a[j], TINY)) : Math.log(Math.max(1 - a[j], TINY))
  }
  return c
}

/**
 * δ of the output layer, ∂C/∂z, into `delta`: (a − y)·σ'(z) for sigmoid with quadratic cost; a − y for
 * sigmoid or softmax with cross-entropy (the σ' cancels).
 */
export function outputDelta(cost: Cost, a: Float32Array | Float64Array, label: number, delta: Float32Array | Float64Array): void {
  const n = a.length
  if (cost === 'quadratic') {
    for (let j = 0; j < n; j++) delta[j] = (a[j] - (j === label ? 1 : 0)) * a[j] * (1 - a[j])
  } else {
    for (let j = 0; j < n; j++) delta[j] = a[j] - (j === label ? 1 : 0)
  }
}
