import type { DigitSample, Mistake, Split } from '../../../shared/ipc/types'
import { call } from '../common/api'

export const PAGE = 40

interface Loaded {
  key: string
  items: Array<DigitSample | Mistake>
  /** How many images the list has: the split's, or the mistakes' of the version. */
  total: number | null
}

/**
 * Pages of MNIST images for the browser under the pad: every image of a split, or only those the Draw
 * view's version gets wrong. A page is fetched when it is first read for a new query (page, filter or
 * version), and the last page stays shown until the new one arrives; an answer to a query no longer asked
 * is dropped.
 */
export class MnistPages {
  offset = $state(0)
  /** Only the images the version gets wrong. */
  wrongOnly = $state(false)
  /** The last failure, kept as thrown: its words are made when shown (messageOf), in the UI's language of the moment. */
  error = $state<unknown>()
  private loaded = $state.raw<Loaded>({ key: '', items: [], total: null })
  private asked = ''

  constructor(
    readonly split: Split,
    private readonly versionId: () => number | null
  ) {}

  private readonly query = $derived.by(() => {
    const versionId = this.versionId()
    const wrong = this.wrongOnly && versionId !== null
    return { key: `${wrong ? `wrong ${versionId}` : this.split} ${this.offset}`, offset: this.offset, versionId: wrong ? versionId : null }
  })

  /** The page to show: the one asked for once it has arrived, the previous one until then. */
  readonly page = $derived.by(() => {
    const { key, offset, versionId } = this.query
    if (this.loaded.key !== key && this.asked !== key) void this.fetch(key, offset, versionId)
    return this.loaded
  })

  private async fetch(key: string, offset: number, versionId: number | null): Promise<void> {
    this.asked = key
    try {
      const loaded: Loaded =
        versionId === null
          ? { key, items: await call('datasets:get-samples', { split: this.split, offset, count: PAGE }), total: null }
          : { key, ...(await call('datasets:list-mistakes', { versionId, offset, count: PAGE })) }
      if (this.asked !== key) return
      this.loaded = loaded
      this.error = undefined
    } catch (error) {
      if (this.asked === key) this.error = error
    }
  }

  /** The filter on or off, from the first page. */
  showWrongOnly(on: boolean): void {
    this.wrongOnly = on
    this.offset = 0
  }

  /** Moves by whole pages, staying within the `total` images there are. */
  turn(pages: number, total: number): void {
    const last = Math.max(0, Math.floor((total - 1) / PAGE) * PAGE)
    this.offset = Math.min(last, Math.max(0, this.offset + pages * PAGE))
  }
}
