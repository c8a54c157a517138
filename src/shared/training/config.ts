import * as v from 'valibot'
import { finiteNumber, wholeNumber } from '../schema'
import { HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS } from '../network/activation-functions'
import type { Architecture } from '../network/architecture'
import { COSTS, isValidPairing } from '../network/costs'
import { INITS } from '../network/init'

/** Every bound on what a run may be: the schema below, the IPC contract, the form and its messages read them here. */
export const LIMITS = {
  layerSize: { min: 1, max: 1024 },
  hiddenLayers: { min: 0, max: 8 },
  batchSize: { min: 1, max: 60_000 },
  epochs: { min: 1, max: 1000 },
  seed: { min: 0, max: 2 ** 32 - 1 },
  /** η: above 0, at most max. */
  eta: { max: 100 },
  /** η's factor per epoch: above 0, at most 1. */
  etaDecay: { max: 1 },
  /** μ: at least 0, below max. */
  momentum: { below: 1 },
  l2: { min: 0, max: 1000 },
  /** How many of the MNIST training images a run may use. */
  trainingImages: { min: 1, max: 60_000 },
  nameLength: { max: 200 }
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
    eta: v.pipe(finite('η'), v.gtValue(0, 'η must be greater than 0'), v.maxValue(LIMITS.eta.max, `η must be at most ${LIMITS.eta.max}`)),
    batchSize: whole('batch size', LIMITS.batchSize.min, LIMITS.batchSize.max),
    epochs: whole('epochs', LIMITS.epochs.min, LIMITS.epochs.max),
    momentum: v.pipe(finite('momentum'), v.minValue(0, 'momentum must be at least 0'), v.ltValue(LIMITS.momentum.below, `momentum must be below ${LIMITS.momentum.below}`)),
    l2: v.pipe(finite('L2'), v.minValue(LIMITS.l2.min, `L2 must be at least ${LIMITS.l2.min}`), v.maxValue(LIMITS.l2.max, `L2 must be at most ${LIMITS.l2.max}`)),
    etaDecay: v.optional(
      v.pipe(finite('η decay'), v.gtValue(0, 'η decay must be greater than 0'), v.maxValue(LIMITS.etaDecay.max, `η decay must be at most ${LIMITS.etaDecay.max}`)),
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
