import type { HiddenActivation, OutputActivation } from './activation-functions'
import type { Cost } from './costs'

/** The shape of a network: its layers and the functions between them. Its numbers are in weights-and-biases.ts. */
export interface Architecture {
  /** Neurons per layer, input first: [784, 16, 16, 10]. */
  layers: number[]
  hiddenActivation: HiddenActivation
  outputActivation: OutputActivation
  cost: Cost
}

