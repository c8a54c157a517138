import * as v from 'valibot'
import { finiteNumber, wholeNumber } from '../schema'
import { HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS } from './activation-functions'
import type { Architecture } from './architecture'
import { COSTS, isValidPairing } from './costs'
import { INITS } from './init'

export const LIMITS = {
  layerSize: { min: 1, max: 1024 },
  hiddenLayers: { min: 0, max: 8 },
  batchSize: { min: 1, max: 60_000 },
  epochs: { min: 1, max: 1000 },
  seed: { min: 0, max: 2 ** 32 - 1 }
} as const

const whole = wholeNumber
const finite = finiteNumber

/** Everything that decides a training run; the same config and seed give bit-identical weights. */
export const TrainConfigSchema = v.pipe(
  v.object({
    layers: v.pipe(
      v.array(whole('every layer size', LIMITS.layerSize.min, LIMITS.layerSize.max), 'layers must be a list of sizes'),
      v.minLength(2, 'a network needs at least an input and an output layer'),
      v.maxLength(LIMITS.hiddenLayers.max + 2, `at most ${LIMITS.hiddenLayers.max} hidden layers`),
      v.check((layers) => layers[0] === 784, 'the input layer must have 784 neurons (28 × 28 pixels)'),
      v.check((layers) => layers[layers.length - 1] === 10, 'the output layer must have 10 neurons (digits 0–9)')
    ),
    hiddenActivation: v.picklist(HIDDEN_ACTIVATIONS, `hidden activation must be one of ${HIDDEN_ACTIVATIONS.join(', ')}`),
    outputActivation: v.picklist(OUTPUT_ACTIVATIONS, `output activation must be one of ${OUTPUT_ACTIVATIONS.join(', ')}`),
    cost: v.picklist(COSTS, `cost must be one of ${COSTS.join(', ')}`),
    init: v.picklist(INITS, `init must be one of ${INITS.join(', ')}`),
    eta: v.pipe(finite('η'), v.gtValue(0, 'η must be greater than 0'), v.maxValue(100, 'η must be at most 100')),
    batchSize: whole('batch size', LIMITS.batchSize.min, LIMITS.batchSize.max),
    epochs: whole('epochs', LIMITS.epochs.min, LIMITS.epochs.max),
    momentum: v.pipe(finite('momentum'), v.minValue(0, 'momentum must be at least 0'), v.ltValue(1, 'momentum must be below 1')),
    l2: v.pipe(finite('L2'), v.minValue(0, 'L2 must be at least 0'), v.maxValue(1000, 'L2 must be at most 1000')),
    etaDecay: v.optional(
      v.pipe(finite('η decay'), v.gtValue(0, 'η decay must be greater than 0'), v.maxValue(1, 'η decay must be at most 1')),
      1
    ),
    seed: whole('seed', LIMITS.seed.min, LIMITS.seed.max)
  }),
  v.check(
    (config) => isValidPairing(config.outputActivation, config.cost),
    'a softmax output goes with the cross-entropy cost'
  )
)

export type TrainConfig = v.InferOutput<typeof TrainConfigSchema>

export function architectureOf(config: TrainConfig): Architecture {
  const { layers, hiddenActivation, outputActivation, cost } = config
  return { layers: [...layers], hiddenActivation, outputActivation, cost }
}

/** The config, or every problem with it in one message. */
export function parseTrainConfig(value: unknown): { ok: true; config: TrainConfig } | { ok: false; message: string } {
  const result = v.safeParse(TrainConfigSchema, value)
  if (result.success) return { ok: true, config: result.output }
  return { ok: false, message: result.issues.map((issue) => issue.message).join('; ') }
}
