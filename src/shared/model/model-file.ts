import { HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS } from '../network/activation-functions'
import type { Architecture } from '../network/architecture'
import { LIMITS, parseTrainConfig, type TrainConfig } from '../training/config'
import { COSTS, isValidPairing } from '../network/costs'
import { Network } from '../network/network'

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

/** A model file larger than this is refused before it is parsed (the largest allowed network is about 90 MB of JSON). */
export const MAX_MODEL_FILE_CHARS = 100_000_000
const MAX_NAME = 200
const MAX_PRESET = 40
const MAX_EPOCH = 1_000_000
const CLASSES = 10

/**
 * Reads a model file. Anything wrong — format, version, shapes, non-finite numbers, oversized fields — is a
 * ModelFileError of one line under 2 000 characters that names where and what kind of value, never the
 * value itself. Shapes are checked against the training limits before anything is allocated, and nothing
 * here recurses into the file, so no nesting depth can overflow the stack.
 */
export function parseModelFile(text: string): { network: Network; meta: ModelMeta } {
  if (text.length > MAX_MODEL_FILE_CHARS) throw new ModelFileError(`the file is larger than ${MAX_MODEL_FILE_CHARS / 1_000_000} MB; no Digitscope model is that large`)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message)?.[1]
    throw new ModelFileError(`not a Digitscope model file: it is not valid JSON${at ? ` (at character ${at})` : ''}`)
  }
  return readModelFile(json)
}

/** The same checks on a model file already parsed from JSON. */
export function readModelFile(json: unknown): { network: Network; meta: ModelMeta } {
  if (!isRecord(json) || json.format !== MODEL_FORMAT) throw new ModelFileError(`not a Digitscope model file: "format" must be "${MODEL_FORMAT}"`)
  if (json.formatVersion !== MODEL_FORMAT_VERSION) {
    const found = typeof json.formatVersion === 'number' && Number.isSafeInteger(json.formatVersion) ? String(json.formatVersion) : kindOf(json.formatVersion)
    throw new ModelFileError(`unsupported model format version ${found}: this Digitscope reads version ${MODEL_FORMAT_VERSION}`)
  }
  const layers = readLayers(json.layers)
  const architecture: Architecture = {
    layers,
    hiddenActivation: oneOf(json.hiddenActivation, HIDDEN_ACTIVATIONS, 'hiddenActivation'),
    outputActivation: oneOf(json.outputActivation, OUTPUT_ACTIVATIONS, 'outputActivation'),
    cost: oneOf(json.cost, COSTS, 'cost')
  }
  if (!isValidPairing(architecture.outputActivation, architecture.cost)) invalid('a softmax output goes with the cross-entropy cost')
  const L = layers.length - 1
  const weights = json.weights
  const biases = json.biases
  if (!Array.isArray(weights) || !Array.isArray(biases) || weights.length !== L || biases.length !== L) {
    invalid(`${layers.join('-')} needs ${L} weight matrices and ${L} bias vectors`)
  }
  const network = Network.zeros(architecture)
  for (let l = 0; l < L; l++) {
    const inSize = layers[l]
    const outSize = layers[l + 1]
    const rows: unknown = weights[l]
    if (!Array.isArray(rows) || rows.length !== outSize || rows.some((row) => !Array.isArray(row) || row.length !== inSize)) {
      invalid(`weights[${l}] must be ${outSize} rows of ${inSize} numbers`)
    }
    const target = network.weights[l]
    for (let j = 0; j < outSize; j++) {
      const row = rows[j] as unknown[]
      for (let k = 0; k < inSize; k++) target[j * inSize + k] = finite(row[k], `weights[${l}][${j}][${k}]`)
    }
    const b: unknown = biases[l]
    if (!Array.isArray(b) || b.length !== outSize) invalid(`biases[${l}] must have ${outSize} numbers`)
    for (let j = 0; j < outSize; j++) network.biases[l][j] = finite(b[j], `biases[${l}][${j}]`)
  }
  return { network, meta: readMeta(json, layers) }
}

/** 784 inputs, at most 8 hidden layers of 1 to 1 024 neurons, 10 outputs: what Digitscope can train and draw. */
function readLayers(value: unknown): number[] {
  const rule = `layers must be 784, then up to ${LIMITS.hiddenLayers.max} hidden layers of ${LIMITS.layerSize.min} to ${LIMITS.layerSize.max} neurons, then ${CLASSES}`
  if (!Array.isArray(value)) invalid(`${rule} (found ${kindOf(value)})`)
  if (value.length < 2 || value.length > LIMITS.hiddenLayers.max + 2) invalid(`${rule} (found ${value.length} layers)`)
  const ok = value.every((n, i) => {
    if (typeof n !== 'number' || !Number.isInteger(n)) return false
    if (i === 0) return n === 784
    if (i === value.length - 1) return n === CLASSES
    return n >= LIMITS.layerSize.min && n <= LIMITS.layerSize.max
  })
  if (!ok) invalid(`${rule} (found ${value.length <= 10 && value.every((n) => typeof n === 'number' && Number.isSafeInteger(n)) ? value.join('-') : 'other sizes'})`)
  return value as number[]
}

function readMeta(json: Record<string, unknown>, layers: number[]): ModelMeta {
  const name = json.name === undefined ? 'Imported model' : text(json.name, 'name', MAX_NAME)
  const preset = json.preset === undefined || json.preset === null ? null : text(json.preset, 'preset', MAX_PRESET)
  const epoch = json.epoch === undefined ? 0 : whole(json.epoch, 'epoch', 0, MAX_EPOCH)
  const createdAt = json.createdAt === undefined ? '' : text(json.createdAt, 'createdAt', 40)
  let training: TrainConfig | null = null
  if (json.training !== undefined && json.training !== null) {
    const given = json.training
    // Checked by hand first: the schema would record a problem for each of a million wrong layer sizes, and quote values.
    if (!isRecord(given)) invalid(`training must be an object (found ${kindOf(given)})`)
    if (!Array.isArray(given.layers) || given.layers.length !== layers.length) invalid('training.layers does not match layers')
    const parsed = parseTrainConfig(given)
    if (!parsed.ok) invalid(`training: ${parsed.message.slice(0, 500)}`)
    if (parsed.config.layers.join() !== layers.join()) invalid('training.layers does not match layers')
    training = parsed.config
  }
  return { name, preset, epoch, training, metrics: readMetrics(json.metrics), createdAt }
}

/** Test accuracy and costs, and per digit: 10 accuracies and a 10 × 10 confusion matrix. */
function readMetrics(value: unknown): ModelMetrics | null {
  if (value === undefined || value === null) return null
  if (!isRecord(value)) invalid(`metrics must be an object (found ${kindOf(value)})`)
  const optional = <T>(field: string, read: (v: unknown) => T): T | null => (value[field] === undefined || value[field] === null ? null : read(value[field]))
  const perClass = optional('perClassAccuracy', (v) => {
    if (!Array.isArray(v) || v.length !== CLASSES) invalid(`metrics.perClassAccuracy must be ${CLASSES} numbers`)
    return v.map((x, i) => unit(x, `metrics.perClassAccuracy[${i}]`))
  })
  const confusion = optional('confusion', (v) => {
    if (!Array.isArray(v) || v.length !== CLASSES || v.some((row) => !Array.isArray(row) || row.length !== CLASSES)) {
      invalid(`metrics.confusion must be ${CLASSES} rows of ${CLASSES} counts`)
    }
    return (v as unknown[][]).map((row, i) => row.map((x, j) => whole(x, `metrics.confusion[${i}][${j}]`, 0, 1_000_000_000)))
  })
  return {
    testAccuracy: optional('testAccuracy', (v) => unit(v, 'metrics.testAccuracy')),
    testCost: optional('testCost', (v) => finite(v, 'metrics.testCost')),
    trainCost: optional('trainCost', (v) => finite(v, 'metrics.trainCost')),
    perClassAccuracy: perClass,
    confusion
  }
}

function invalid(message: string): never {
  throw new ModelFileError(`invalid model file: ${message}`)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What a value is, said without quoting it: a file's content never reaches an error message. */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `a list of ${value.length}`
  if (typeof value === 'string') return `text of ${value.length} characters`
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : 'a number too large'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  return invalid(`${field} must be one of ${allowed.join(', ')} (found ${kindOf(value)})`)
}

function text(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string' || value.length > max) invalid(`${field} must be text of at most ${max} characters (found ${kindOf(value)})`)
  return value
}

function whole(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) invalid(`${field} must be a whole number from ${min} to ${max} (found ${kindOf(value)})`)
  return value
}

function unit(value: unknown, field: string): number {
  const n = finite(value, field)
  if (n < 0 || n > 1) invalid(`${field} must be between 0 and 1`)
  return n
}

/** A number that float32 can hold: what the weights are stored as. */
function finite(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isFinite(Math.fround(value))) {
    invalid(`${where} is ${typeof value === 'number' && Number.isFinite(value) ? 'a number beyond float32' : kindOf(value)}, not a finite number`)
  }
  return value
}
