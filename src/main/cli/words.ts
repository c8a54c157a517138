// The command line's words turned into requests of the IPC contract. Nothing here checks a value's
// range: the contract's schemas do that, for the window and the terminal alike, with the same messages.
import { parseArgs } from 'node:util'
import type { Channel } from '../../shared/ipc/contract'
import { isPresetName, PRESETS } from '../../shared/training/presets'

/** A mistake in the words themselves: an unknown option, a missing one, an unknown command. */
export class UsageError extends Error {}

const OPTIONS = {
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

/** One call of the contract, as the words asked for it; its argument is checked by the contract, not here. */
export interface Request {
  channel: Channel
  arg: unknown
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i

/**
 * A word written as a decimal number ("12", "0.5", "1e300") as that number; any other word ("0x10",
 * "fast", "") is passed on as it is, so that the contract refuses it as not a number.
 */
export function numberOrWord(word: string): number | string {
  return DECIMAL.test(word.trim()) ? Number(word) : word
}

const optionalNumber = (word: string | undefined) => (word === undefined ? undefined : numberOrWord(word))

/** `--version ID`, which the command cannot do without. */
export function versionOf(values: Values): number | string {
  if (values.version === undefined) throw new UsageError('--version ID is required')
  return numberOrWord(values.version)
}

/** training:start's argument: a preset (classic unless named) with any option the user gave on top. */
export function trainingRequest(values: Values): Request {
  const preset = values.preset ?? 'classic'
  // An unknown preset is the contract's to refuse; the config under it is classic's meanwhile.
  const base = PRESETS[isPresetName(preset) ? preset : 'classic'].config
  const overrides = {
    layers: values.layers?.split(',').map(numberOrWord),
    hiddenActivation: values.activation,
    outputActivation: values.output,
    cost: values.cost,
    init: values.init,
    eta: optionalNumber(values.eta),
    etaDecay: optionalNumber(values['eta-decay']),
    batchSize: optionalNumber(values.batch),
    epochs: optionalNumber(values.epochs),
    momentum: optionalNumber(values.momentum),
    l2: optionalNumber(values.l2),
    seed: optionalNumber(values.seed)
  }
  const config = { ...base, ...Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) }
  const subset = optionalNumber(values.subset)
  return {
    channel: 'training:start',
    arg: { config, name: values.name ?? `${preset} · seed ${String(config.seed)}`, preset, ...(subset !== undefined && { subset }) }
  }
}
