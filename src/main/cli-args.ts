import { parseArgs } from 'node:util'
import { parseTrainConfig, type TrainConfig } from '../shared/training/config'
import { isPresetName, PRESET_NAMES, PRESETS } from '../shared/training/presets'

export class UsageError extends Error {}

export const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'string' },
  out: { type: 'string', short: 'o' },
  format: { type: 'string' },
  name: { type: 'string' },
  preset: { type: 'string' },
  layers: { type: 'string' },
  activation: { type: 'string' },
  output: { type: 'string' },
  cost: { type: 'string' },
  init: { type: 'string' },
  eta: { type: 'string' },
  'eta-decay': { type: 'string' },
  batch: { type: 'string' },
  epochs: { type: 'string' },
  momentum: { type: 'string' },
  l2: { type: 'string' },
  seed: { type: 'string' },
  subset: { type: 'string' },
  image: { type: 'string' },
  force: { type: 'boolean', default: false }
} as const

export type Values = ReturnType<typeof parse>['values']

export function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\s*\n\s*/g, ' '))
  }
}

function number(values: Values, key: keyof Values, what: string): number | undefined {
  const raw = values[key]
  if (raw === undefined) return undefined
  const value = Number(raw)
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${what} must be a number, not "${String(raw)}"`)
  return value
}

export function wholeNumber(values: Values, key: keyof Values, what: string, min = 1): number | undefined {
  const value = number(values, key, what)
  if (value !== undefined && (!Number.isInteger(value) || value < min)) throw new UsageError(`${what} must be a whole number ≥ ${min}, not "${String(values[key])}"`)
  return value
}

/** A preset (classic unless named), with any option the user gave on top; checked as a whole. */
export function trainConfigFrom(values: Values): { config: TrainConfig; preset: string | null } {
  const presetName = values.preset ?? 'classic'
  if (!isPresetName(presetName)) throw new UsageError(`unknown preset "${presetName}" (choose ${PRESET_NAMES.join(', ')})`)
  const base = PRESETS[presetName].config
  const layers = values.layers?.split(',').map((part) => {
    const size = Number(part)
    if (part.trim() === '' || !Number.isInteger(size)) throw new UsageError(`--layers must be sizes separated by commas, such as 784,16,16,10`)
    return size
  })
  const overrides = {
    layers,
    hiddenActivation: values.activation,
    outputActivation: values.output,
    cost: values.cost,
    init: values.init,
    eta: number(values, 'eta', '--eta'),
    etaDecay: number(values, 'eta-decay', '--eta-decay'),
    batchSize: number(values, 'batch', '--batch'),
    epochs: number(values, 'epochs', '--epochs'),
    momentum: number(values, 'momentum', '--momentum'),
    l2: number(values, 'l2', '--l2'),
    seed: number(values, 'seed', '--seed')
  }
  const merged = { ...base, ...Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) }
  const checked = parseTrainConfig(merged)
  if (!checked.ok) throw new UsageError(checked.message)
  return { config: checked.config, preset: presetName }
}
