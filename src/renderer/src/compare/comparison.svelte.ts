import type { ComparedVersion, DigitSample, Disagreement } from '../../../shared/ipc/types'
import { argmax } from '../../../shared/network/argmax'
import type { Network } from '../../../shared/network/network'
import { unpackParams } from '../../../shared/model/params'
import { settingOf } from '../../../shared/model/run-origin'
import { call } from '../common/api'

/** The settings the hyperparameter table lists, in its order. */
export const SETTINGS = ['layers', 'hiddenActivation', 'outputActivation', 'cost', 'init', 'eta', 'etaDecay', 'batchSize', 'epochs', 'momentum', 'l2', 'seed'] as const
export type Setting = (typeof SETTINGS)[number]

export interface ConfusionCell {
  versionId: number
  actual: number
  predicted: number
}

/** One compared version's reading of the current input: its answer (-1: no answer) and its outputs. */
export interface ComparedReading {
  prediction: number
  outputs: number[]
}

const show = (value: unknown) => (Array.isArray(value) ? value.join('–') : value === undefined ? '—' : String(value))

/**
 * One comparison of two to eight versions: what main says about them (curves, per-digit accuracy,
 * confusion matrices, where they disagree) and their networks, to read the Draw view's input with each.
 */
export class ComparisonState {
  compared = $state.raw<ComparedVersion[]>([])
  disagreements = $state.raw<{ total: number; items: Disagreement[] } | null>(null)
  /** Each version's network by version id, once its weights have arrived. */
  networks = $state.raw<Partial<Record<number, Network>>>({})
  /** The last failure, kept as thrown: its words are made when shown (messageOf), in the UI's language of the moment. */
  error = $state<unknown>(null)
  /** The confusion-matrix cell picked, and its test images once they arrive. */
  cell = $state.raw<ConfusionCell | null>(null)
  cellImages = $state.raw<{ total: number; items: DigitSample[] } | null>(null)
  onlyDifferences = $state(false)
  private picks = 0

  constructor(readonly versionIds: readonly number[]) {}

  /** Fetches everything the comparison shows; the networks come separately, as they are only needed to read a drawing. */
  async load(): Promise<void> {
    const versionIds = [...this.versionIds]
    const networks = Promise.all(
      versionIds.map((versionId) => call('versions:get-weights', { versionId }).then(({ architecture, params }) => [versionId, unpackParams(architecture, params)] as const))
    ).then(
      (loaded) => (this.networks = Object.fromEntries(loaded)),
      () => {} // Without networks the drawing is simply not read here; the rest of the comparison stands.
    )
    try {
      const [compared, disagreements] = await Promise.all([
        call('versions:compare', { versionIds }),
        call('versions:list-disagreements', { versionIds, offset: 0, count: 24 })
      ])
      this.compared = compared
      this.disagreements = disagreements
    } catch (error) {
      this.error = error
    }
    await networks
  }

  /** Opens a confusion-matrix cell: the test images of `actual` this version reads as `predicted`. */
  async pick(cell: ConfusionCell): Promise<void> {
    const pick = ++this.picks
    this.cell = cell
    this.cellImages = null
    try {
      const images = await call('versions:list-confusion-images', { ...cell, offset: 0, count: 48 })
      if (pick === this.picks) this.cellImages = images
    } catch (error) {
      if (pick === this.picks) this.error = error
    }
  }

  /** The hyperparameters side by side; `differs` where the versions do not agree. */
  readonly rows = $derived(
    SETTINGS.map((key) => {
      const values = this.compared.map((c) => show(settingOf(c.version.origin, key)))
      return { key, values, differs: values.some((value) => value !== values[0]) }
    }).filter((row) => !this.onlyDifferences || row.differs)
  )

  /** The input read by every compared version, in the order of `compared`; null where a network has not arrived. */
  readingsOf(input: ArrayLike<number>): Array<ComparedReading | null> {
    return this.compared.map((c) => {
      const network = this.networks[c.version.versionId]
      if (!network) return null
      const outputs = network.forward(input).a[network.layers.length - 1]
      return { prediction: argmax(outputs), outputs: Array.from(outputs) }
    })
  }
}
