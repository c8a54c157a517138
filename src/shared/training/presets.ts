import type { TrainConfig } from './config'

export const PRESET_NAMES = ['classic', 'modern', 'wide'] as const
export type PresetName = (typeof PRESET_NAMES)[number]

/** A named starting point for training; its title and description live in the UI's catalogues. */
export interface Preset {
  name: PresetName
  config: TrainConfig
}

const modern: TrainConfig = {
  layers: [784, 16, 16, 10],
  hiddenActivation: 'relu',
  outputActivation: 'softmax',
  cost: 'cross-entropy',
  init: 'he',
  eta: 0.05,
  batchSize: 32,
  epochs: 20,
  momentum: 0.9,
  l2: 20,
  etaDecay: 0.85,
  seed: 1
}

export const PRESETS: Record<PresetName, Preset> = {
  classic: {
    name: 'classic',
    config: {
      layers: [784, 16, 16, 10],
      hiddenActivation: 'sigmoid',
      outputActivation: 'sigmoid',
      cost: 'quadratic',
      init: 'normal',
      eta: 3,
      batchSize: 10,
      epochs: 30,
      momentum: 0,
      l2: 0,
      etaDecay: 1,
      seed: 1
    }
  },
  modern: {
    name: 'modern',
    config: modern
  },
  wide: {
    name: 'wide',
    config: { ...modern, layers: [784, 128, 64, 10] }
  }
}

export function isPresetName(value: unknown): value is PresetName {
  return typeof value === 'string' && (PRESET_NAMES as readonly string[]).includes(value)
}
