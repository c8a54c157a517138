import type { Architecture } from './architecture'
import { Network } from './network'
import type { Rng } from './rng'

export const INITS = ['normal', 'xavier', 'he'] as const
/** normal: N(0, 1) weights and biases (Nielsen's chapter 1); xavier: N(0, 1/n_in); he: N(0, 2/n_in); both with zero biases. */
export type Init = (typeof INITS)[number]

export function initNetwork(architecture: Architecture, init: Init, rng: Rng): Network {
  const network = Network.zeros(architecture)
  const { layers } = architecture
  for (let l = 0; l + 1 < layers.length; l++) {
    const std = init === 'normal' ? 1 : Math.sqrt((init === 'he' ? 2 : 1) / layers[l])
    const w = network.weights[l]
    for (let i = 0; i < w.length; i++) w[i] = rng.normal() * std
    if (init === 'normal') {
      const b = network.biases[l]
      for (let j = 0; j < b.length; j++) b[j] = rng.normal()
    }
  }
  return network
}
