import * as v from 'valibot'
import { HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS } from '../../../shared/nn/activation-functions'
import { TrainConfigSchema, type TrainConfig } from '../../../shared/nn/config'
import { COSTS } from '../../../shared/nn/costs'
import { INITS } from '../../../shared/nn/init'
import { PRESETS, type PresetName } from '../../../shared/nn/presets'
import { t } from './i18n/i18n.svelte'

export const CHOICES = {
  hiddenActivation: HIDDEN_ACTIVATIONS,
  outputActivation: OUTPUT_ACTIVATIONS,
  cost: COSTS,
  init: INITS
} as const

export type NumberField = 'eta' | 'etaDecay' | 'batchSize' | 'epochs' | 'momentum' | 'l2' | 'seed' | 'subset'
export type Field = NumberField | 'name' | 'layers' | keyof typeof CHOICES

const TRAIN_IMAGES = 60_000

/** The Train form: what the user typed, checked as they type against the same schema main checks. */
export class TrainForm {
  preset = $state<PresetName>('classic')
  name = $state('')
  layers = $state('')
  hiddenActivation = $state<string>('sigmoid')
  outputActivation = $state<string>('sigmoid')
  cost = $state<string>('quadratic')
  init = $state<string>('normal')
  numbers = $state<Record<NumberField, string>>({ eta: '', etaDecay: '', batchSize: '', epochs: '', momentum: '', l2: '', seed: '', subset: '' })

  constructor() {
    this.usePreset('classic')
  }

  usePreset(name: PresetName): void {
    const config = PRESETS[name].config
    this.preset = name
    this.layers = config.layers.join(', ')
    this.hiddenActivation = config.hiddenActivation
    this.outputActivation = config.outputActivation
    this.cost = config.cost
    this.init = config.init
    this.numbers = {
      eta: String(config.eta),
      etaDecay: String(config.etaDecay),
      batchSize: String(config.batchSize),
      epochs: String(config.epochs),
      momentum: String(config.momentum),
      l2: String(config.l2),
      seed: String(config.seed),
      subset: String(TRAIN_IMAGES)
    }
  }

  /** The config as typed; numbers that do not parse become NaN, which the schema reports by field. */
  private candidate() {
    const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))
    const layers = this.layers.split(/[\s,]+/).filter(Boolean).map(number)
    return {
      layers,
      hiddenActivation: this.hiddenActivation,
      outputActivation: this.outputActivation,
      cost: this.cost,
      init: this.init,
      eta: number(this.numbers.eta),
      etaDecay: number(this.numbers.etaDecay),
      batchSize: number(this.numbers.batchSize),
      epochs: number(this.numbers.epochs),
      momentum: number(this.numbers.momentum),
      l2: number(this.numbers.l2),
      seed: number(this.numbers.seed)
    }
  }

  readonly checked = $derived.by(() => {
    const errors: Partial<Record<Field, string>> = {}
    const result = v.safeParse(TrainConfigSchema, this.candidate())
    if (!result.success) {
      for (const issue of result.issues) {
        // The output/cost pairing is checked on the whole config: show it under the cost.
        const field = (issue.path?.[0]?.key as Field | undefined) ?? 'cost'
        errors[field] ??= t().form.invalid(field, issue.message)
      }
    }
    const subset = Number(this.numbers.subset)
    if (!Number.isInteger(subset) || subset < 1 || subset > TRAIN_IMAGES) {
      errors.subset = t().form.subsetInvalid
    }
    if (this.name.length > 200) errors.name = t().form.nameTooLong
    return { errors, config: result.success ? result.output : undefined }
  })

  get errors(): Partial<Record<Field, string>> {
    return this.checked.errors
  }

  get valid(): boolean {
    return Object.keys(this.checked.errors).length === 0
  }

  /** What to send to main, or undefined while anything is invalid. */
  request(): { config: TrainConfig; name: string; preset: PresetName; subset?: number } | undefined {
    const config = this.checked.config
    if (!config || !this.valid) return undefined
    const subset = Number(this.numbers.subset)
    const name = this.name.trim() || t().form.defaultName(t().form.presets[this.preset].title, String(config.seed))
    return { config, name, preset: this.preset, subset: subset === TRAIN_IMAGES ? undefined : subset }
  }
}
