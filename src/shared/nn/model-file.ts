import * as v from 'valibot'
import { HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS } from './activation-functions'
import type { Architecture } from './architecture'
import { TrainConfigSchema, type TrainConfig } from './config'
import { COSTS, isValidPairing } from './costs'
import { Network } from './network'
import { finiteNumber, wholeNumber } from '../schema'

export const MODEL_FORMAT = 'digitscope.model'
export const MODEL_FORMAT_VERSION = 1

/** How a version does digit by digit: stored with every snapshot, and carried in model files. */
export interface ClassMetrics {
  perClassAccuracy: number[] | null
  /** confusion[actual][predicted]: how many test images of each digit were read as each digit. */
  confusion: number[][] | null
}

export interface ModelMetrics extends ClassMetrics {
  testAccuracy: number | null
  testCost: number | null
  trainCost: number | null
}

/** What travels with the numbers: where they came from and how good they are. */
export interface ModelMeta {
  name: string
  preset: string | null
  epoch: number
  training: TrainConfig | null
  metrics: ModelMetrics | null
  createdAt: string
}

export class ModelFileError extends Error {
  override name = 'ModelFileError'
}

const metric = finiteNumber('a metric')
const MetricsSchema = v.object({
  testAccuracy: v.nullable(v.pipe(metric, v.minValue(0), v.maxValue(1))),
  testCost: v.nullable(metric),
  trainCost: v.nullable(metric),
  perClassAccuracy: v.nullable(v.array(metric)),
  confusion: v.nullable(v.array(v.array(wholeNumber('a count', 0, Number.MAX_SAFE_INTEGER))))
})

const FileSchema = v.object({
  format: v.literal(MODEL_FORMAT),
  formatVersion: v.number(),
  name: v.optional(v.pipe(v.string(), v.maxLength(200)), 'Imported model'),
  layers: v.array(wholeNumber('a layer size', 1, 4096)),
  hiddenActivation: v.picklist(HIDDEN_ACTIVATIONS),
  outputActivation: v.picklist(OUTPUT_ACTIVATIONS),
  cost: v.picklist(COSTS),
  weights: v.array(v.array(v.array(v.unknown()))),
  biases: v.array(v.array(v.unknown())),
  preset: v.optional(v.nullable(v.string()), null),
  epoch: v.optional(wholeNumber('epoch', 0, Number.MAX_SAFE_INTEGER), 0),
  training: v.optional(v.nullable(TrainConfigSchema), null),
  metrics: v.optional(v.nullable(MetricsSchema), null),
  createdAt: v.optional(v.string(), '')
})

/** float32 values print in at most 9 significant digits and read back exactly. */
function round32(value: number): number {
  return Number(Math.fround(value).toPrecision(9))
}

export function toModelFile(network: Network, meta: ModelMeta): object {
  const { layers, hiddenActivation, outputActivation, cost } = network.architecture
  return {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    name: meta.name,
    layers,
    hiddenActivation,
    outputActivation,
    cost,
    // weights[l][j][k]: from neuron k of layer l to neuron j of layer l + 1, so a' = σ(W·a + b) reads directly
    weights: network.weights.map((w, l) =>
      Array.from({ length: layers[l + 1] }, (_, j) => Array.from(w.subarray(j * layers[l], (j + 1) * layers[l]), round32))
    ),
    biases: network.biases.map((b) => Array.from(b, round32)),
    preset: meta.preset,
    epoch: meta.epoch,
    training: meta.training,
    metrics: meta.metrics,
    createdAt: meta.createdAt
  }
}

/** Reads a model file; anything wrong — format, version, shapes, non-finite numbers — is a ModelFileError. */
export function parseModelFile(text: string): { network: Network; meta: ModelMeta } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ModelFileError(`not a Digitscope model file: it is not valid JSON (${(error as Error).message})`)
  }
  return readModelFile(json)
}

/** The same checks on a model file already parsed from JSON (as it arrives over IPC). */
export function readModelFile(json: unknown): { network: Network; meta: ModelMeta } {
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== MODEL_FORMAT) {
    throw new ModelFileError(`not a Digitscope model file: "format" must be "${MODEL_FORMAT}"`)
  }
  const version = (json as { formatVersion?: unknown }).formatVersion
  if (version !== MODEL_FORMAT_VERSION) {
    throw new ModelFileError(
      `unsupported model format version ${JSON.stringify(version)}: this Digitscope reads version ${MODEL_FORMAT_VERSION}`
    )
  }
  const parsed = v.safeParse(FileSchema, json)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    const path = v.getDotPath(issue) ?? 'file'
    throw new ModelFileError(`invalid model file: ${path}: ${issue.message}`)
  }
  const file = parsed.output
  const architecture: Architecture = {
    layers: file.layers,
    hiddenActivation: file.hiddenActivation,
    outputActivation: file.outputActivation,
    cost: file.cost
  }
  if (file.layers.length < 2) throw new ModelFileError('invalid model file: a network needs at least two layers')
  if (!isValidPairing(file.outputActivation, file.cost)) {
    throw new ModelFileError('invalid model file: a softmax output goes with the cross-entropy cost')
  }
  const network = Network.zeros(architecture)
  const L = file.layers.length - 1
  if (file.weights.length !== L || file.biases.length !== L) {
    throw new ModelFileError(`invalid model file: ${file.layers.join('-')} needs ${L} weight matrices and ${L} bias vectors`)
  }
  for (let l = 0; l < L; l++) {
    const inSize = file.layers[l]
    const outSize = file.layers[l + 1]
    const rows = file.weights[l]
    if (rows.length !== outSize || rows.some((row) => row.length !== inSize)) {
      throw new ModelFileError(`invalid model file: weights[${l}] must be ${outSize} rows of ${inSize} numbers`)
    }
    if (file.biases[l].length !== outSize) {
      throw new ModelFileError(`invalid model file: biases[${l}] must have ${outSize} numbers`)
    }
    rows.forEach((row, j) => row.forEach((value, k) => (network.weights[l][j * inSize + k] = finite(value, `weights[${l}][${j}][${k}]`))))
    file.biases[l].forEach((value, j) => (network.biases[l][j] = finite(value, `biases[${l}][${j}]`)))
  }
  if (file.training && file.training.layers.join() !== file.layers.join()) {
    throw new ModelFileError('invalid model file: training.layers does not match layers')
  }
  return {
    network,
    meta: {
      name: file.name,
      preset: file.preset,
      epoch: file.epoch,
      training: file.training,
      metrics: file.metrics,
      createdAt: file.createdAt
    }
  }
}

function finite(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isFinite(Math.fround(value))) {
    throw new ModelFileError(`invalid model file: ${where} is ${JSON.stringify(value)}, not a finite number`)
  }
  return value
}
