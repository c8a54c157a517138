import type { AppInfo, DatasetsInfo, RunSummary, StoreSize, VersionsChanged } from '../../../shared/ipc/types'
import { call, messageOf, on } from './api'
import { RunPages } from './run-pages.svelte'
import type { ViewId } from './views'

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string }

async function load<T>(work: () => Promise<T>): Promise<Loadable<T>> {
  try {
    return { status: 'ready', value: await work() }
  } catch (error) {
    return { status: 'error', message: messageOf(error) }
  }
}

/** What the shell tells the rest of the app about the store's versions as they change. */
export interface VersionHooks {
  /** The newest version (the newest run's last epoch), or null with none: what Draw reads with until the user picks one. */
  onNewest?: (versionId: number | null) => void
  /** Versions that are gone; 'unknown' when another process wrote and each must be checked. */
  onGone?: (versionIds: readonly number[] | 'unknown') => void
  /** Versions renamed or annotated. */
  onUpdated?: (versionIds: readonly number[]) => void
}

/** The newest version among runs listed newest first. */
const newestIn = (runs: readonly RunSummary[]) => runs.find((run) => run.last)?.last?.versionId ?? null

/** The store's size is asked for at most this often while versions keep arriving (the last change is always counted). */
export const SIZE_INTERVAL_MS = 1000

/**
 * What the shell shows, fetched from main once and then kept current by main's `versions:changed`
 * deltas — never by fetching every version again: the Versions view's runs (one page at start), the
 * store's size and count of versions (throttled), and the newest version.
 */
export class AppState {
  view = $state<ViewId>('draw')
  app = $state.raw<Loadable<AppInfo>>({ status: 'loading' })
  datasets = $state.raw<Loadable<DatasetsInfo>>({ status: 'loading' })
  /** The database's size on disk and how many versions it holds. */
  size = $state.raw<Loadable<StoreSize>>({ status: 'loading' })
  /** The newest version; undefined until known. */
  newest = $state<number | null | undefined>(undefined)
  /** The Versions view's runs, kept here so they outlive a trip to another view. */
  readonly runs = new RunPages()

  private sizeTimer: ReturnType<typeof setTimeout> | undefined
  private sizeAgain = false

  constructor(private readonly hooks: VersionHooks = {}) {}

  async start(): Promise<() => void> {
    const stop = on('versions:changed', (change) => this.changed(change))
    const [app, datasets, page, size] = await Promise.all([
      load(() => call('app:get-info')),
      load(() => call('datasets:get-info')),
      load(() => call('runs:list', { offset: 0, limit: this.runs.pageSize, sort: 'newest' })),
      load(() => call('store:get-size'))
    ])
    this.app = app
    this.datasets = datasets
    this.size = size
    if (page.status === 'ready') {
      this.runs.accept(page.value)
      this.setNewest(newestIn(page.value.runs))
    } else if (page.status === 'error') {
      this.runs.error = page.message
    }
    return () => {
      stop()
      clearTimeout(this.sizeTimer)
    }
  }

  private changed(change: VersionsChanged): void {
    void this.runs.apply(change)
    this.refreshSize()
    if (change.external) {
      this.hooks.onGone?.('unknown')
      void this.refreshNewest()
      return
    }
    const deleted = change.versions.deleted
    if (deleted.length > 0) this.hooks.onGone?.(deleted)
    if (change.versions.updated.length > 0) this.hooks.onUpdated?.(change.versions.updated)
    if (this.newest != null && deleted.includes(this.newest)) void this.refreshNewest()
    else if (change.versions.added.length > 0) this.setNewest(Math.max(this.newest ?? 0, ...change.versions.added))
    else if (deleted.length > 0) this.hooks.onNewest?.(this.newest ?? null)
  }

  private setNewest(versionId: number | null): void {
    this.newest = versionId
    this.hooks.onNewest?.(versionId)
  }

  /** The newest version asked for anew: after it was deleted, or another process wrote. */
  private async refreshNewest(): Promise<void> {
    try {
      const { runs } = await call('runs:list', { offset: 0, limit: 20, sort: 'newest' })
      this.setNewest(newestIn(runs))
    } catch {
      // The status bar and the Versions view say what is wrong with the store; Draw keeps what it has.
    }
  }

  /** The store's size, at most once a second while changes keep coming, and once more after the last. */
  refreshSize(): void {
    if (this.sizeTimer !== undefined) {
      this.sizeAgain = true
      return
    }
    void load(() => call('store:get-size')).then((size) => {
      if (size.status === 'ready' || this.size.status !== 'ready') this.size = size
    })
    this.sizeTimer = setTimeout(() => {
      this.sizeTimer = undefined
      if (this.sizeAgain) {
        this.sizeAgain = false
        this.refreshSize()
      }
    }, SIZE_INTERVAL_MS)
  }
}
