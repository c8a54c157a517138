import { untrack } from 'svelte'
import { defaultRangeExtractor, elementScroll, observeElementOffset, observeElementRect, Virtualizer, type VirtualItem } from '@tanstack/virtual-core'

export interface VirtualRowsOptions {
  count: number
  /** A stable key per row, so a row's measured height follows it when rows are added above it. */
  key: (index: number) => string
  /** A row's height before it is measured. */
  estimate: (index: number) => number
  /** A row kept rendered even when scrolled away: the focused one, so focus is never lost to windowing. */
  keep?: number
}

/**
 * Windowing for a long list of rows of differing heights: only the rows in view (and a few either side)
 * are in the DOM. It drives TanStack Virtual's framework-free core (@tanstack/virtual-core: measured
 * heights, scroll-to-index, kept rows) with runes; TanStack's own Svelte adapter is built on stores, so
 * this small adapter takes its place. Make it while a component initialises (it uses `$effect.pre`); attach
 * `attach` to the scrolling element and `measure` to each row (which carries `data-index`).
 */
export class VirtualRows {
  readonly virtualizer: Virtualizer<HTMLElement, HTMLElement>
  /** Bumped whenever the virtualizer says what to render has changed. */
  private version = $state(0)
  private element: HTMLElement | null = null

  constructor(options: () => VirtualRowsOptions) {
    this.virtualizer = new Virtualizer(this.resolve({ count: 0, key: String, estimate: () => 40 }))
    $effect.pre(() => {
      this.virtualizer.setOptions(this.resolve(options()))
      this.virtualizer._willUpdate()
      this.bump()
    })
  }

  private resolve({ count, key, estimate, keep }: VirtualRowsOptions) {
    return {
      count,
      getItemKey: key,
      estimateSize: estimate,
      getScrollElement: () => this.element,
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      overscan: 6,
      rangeExtractor: (range: Parameters<typeof defaultRangeExtractor>[0]) => {
        const indexes = defaultRangeExtractor(range)
        if (keep === undefined || keep < 0 || keep >= count || indexes.includes(keep)) return indexes
        return [...indexes, keep].sort((a, b) => a - b)
      },
      // Told from scroll and resize observers (never from inside a derivation), so a state change is safe.
      onChange: () => queueMicrotask(() => this.bump())
    }
  }

  /** Says "render again" without reading the counter, so the effect that says it does not depend on it. */
  private bump(): void {
    untrack(() => this.version++)
  }

  /** The rows to render now, with where each starts. */
  readonly items: VirtualItem[] = $derived.by(() => {
    void this.version
    return this.virtualizer.getVirtualItems()
  })

  /** The height of every row together, measured or estimated. */
  readonly totalSize = $derived.by(() => {
    void this.version
    return this.virtualizer.getTotalSize()
  })

  /** For `{@attach}` on the scrolling element. */
  attach = (element: HTMLElement): (() => void) => {
    this.element = element
    this.virtualizer._willUpdate()
    const cleanup = this.virtualizer._didMount()
    this.bump()
    return () => {
      cleanup()
      this.element = null
    }
  }

  /** For `{@attach}` on each rendered row: measures it now and whenever it resizes. */
  measure = (row: HTMLElement): (() => void) => {
    this.virtualizer.measureElement(row)
    return () => queueMicrotask(() => this.virtualizer.measureElement(null))
  }

  scrollToIndex(index: number): void {
    this.virtualizer.scrollToIndex(index, { align: 'auto' })
  }
}
