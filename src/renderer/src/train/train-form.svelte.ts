import * as v from 'valibot'
import { contract, type ArgOf } from '../../../shared/ipc/contract'
import { HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS } from '../../../shared/network/activation-functions'
import { COSTS } from '../../../shared/network/costs'
import { INITS } from '../../../shared/network/init'
import { PRESETS, type PresetName } from '../../../shared/training/presets'
import { LIMITS } from '../../../shared/training/config'
import { t } from '../common/i18n/i18n.svelte'

export const CHOICES = {
  hiddenActivation: HIDDEN_ACTIVATIONS,
  outputActivation: OUTPUT_ACTIVATIONS,
  cost: COSTS,
  init: INITS
} as const

export type NumberField = 'eta' | 'etaDecay' | 'batchSize' | 'epochs' | 'momentum' | 'l2' | 'seed' | 'subset'
export type Field = NumberField | 'name' | 'layers' | keyof typeof CHOICES

/** The schema main checks `training:start` against: the form checks what is typed against the same one. */
const RequestSchema = contract['training:start'].args
type Request = ArgOf<'training:start'>

/**
 * The form field a problem belongs under: a config setting's own field (`config.eta` → eta, a layer size
 * → layers), `name` or `subset`; a rule about the whole config (a softmax output needs cross-entropy)
 * shows under the cost.
 */
export function fieldOf(issue: Pick<v.BaseIssue<unknown>, 'path'>): Field {
  const [first, second] = (issue.path ?? []).map((item) => item.key)
  if (first === 'config') return typeof second === 'string' ? (second as Field) : 'cost'
  return typeof first === 'string' ? (first as Field) : 'cost'
}

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
      subset: String(LIMITS.trainingImages.max)
    }
  }

  /** The request as typed; numbers that do not parse become NaN, which the schema reports by field. */
  private candidate() {
    const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))
    const layers = this.layers.split(/[\s,]+/).filter(Boolean).map(number)
    const seed = number(this.numbers.seed)
    const config = {
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
      seed
    }
    // A blank name becomes one made of the preset and the seed, as the placeholder shows.
    const name = this.name.trim() || t().form.defaultName(t().form.presets[this.preset].title, String(seed))
    return { config, name, preset: this.preset, subset: number(this.numbers.subset) }
  }

  readonly checked = $derived.by(() => {
    const errors: Partial<Record<Field, string>> = {}
    const result = v.safeParse(RequestSchema, this.candidate())
    if (!result.success) {
      for (const issue of result.issues) {
        const field = fieldOf(issue)
        errors[field] ??= t().form.invalid(field, issue.message)
      }
    }
    return { errors, request: result.success ? result.output : undefined }
  })

  get errors(): Partial<Record<Field, string>> {
    return this.checked.errors
  }

  get valid(): boolean {
    return Object.keys(this.checked.errors).length === 0
  }

  /** What to send to main, or undefined while anything is invalid. All the training images: no subset. */
  request(): Request | undefined {
    const request = this.checked.request
    if (!request) return undefined
    return { ...request, subset: request.subset === LIMITS.trainingImages.max ? undefined : request.subset }
  }
}
