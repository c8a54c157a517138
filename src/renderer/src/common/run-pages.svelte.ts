import type { RunPage, RunSummary, VersionsChanged } from '../../../shared/ipc/types'
import { call } from './api'
import { appendPage, mergeSummaries, NO_EPOCHS, planDelta, withEpochs, withoutEpochs, type Epochs, type RunSort } from './run-delta'

export type { RunSort } from './run-delta'

/** The most runs:list and runs:get answer in one call (the contract's MAX_RUNS_PER_CALL). */
const MAX_PAGE = 200

/**
 * Runs, a page at a time, as `runs:list` filters and sorts them in SQL, kept current by main's
 * `versions:changed` deltas: a changed run is fetched alone (`runs:get`), a deleted one dropped, an
 * expanded run's epochs fetched again; everything shown is fetched anew only when another process wrote
 * (`external`). Every call goes through one queue, so answers apply in the order they were asked for.
 */
export class RunPages {
  text = $state('')
  sort = $state<RunSort>('newest')
  runs = $state.raw<readonly RunSummary[]>([])
  /** How many runs match the query; `runs` holds the first of them. */
  total = $state(0)
  /** Whether a first page of the current query has arrived. */
  ready = $state(false)
  /** The last failure, kept as thrown: its words are made when shown (messageOf), in the UI's language of the moment. */
  error = $state<unknown>(null)
  /** The epochs of every expanded run, oldest first (null while they load). */
  epochs = $state.raw<Epochs>(NO_EPOCHS)

  private queue: Promise<void> = Promise.resolve()
  /** Bumped by every new query; queued work of an older one is skipped. */
  private generation = 0

  constructor(readonly pageSize = 100) {}

  get complete(): boolean {
    return this.runs.length >= this.total
  }

  /** Runs `work` after everything queued before it; a failure shows as `error`. */
  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(async () => {
      try {
        await work()
      } catch (error) {
        this.error = error
      }
    })
    this.queue = next
    return next
  }

  private ask(offset: number, limit: number): Promise<RunPage> {
    const text = this.text.trim()
    return call('runs:list', { offset, limit: Math.min(limit, MAX_PAGE), sort: this.sort, ...(text ? { text } : {}) })
  }

  private show(runs: readonly RunSummary[], total: number): void {
    this.runs = runs
    this.total = total
    this.ready = true
    this.error = null
  }

  /** A first page fetched elsewhere for this query (the shell fetches one at start). */
  accept(page: RunPage): void {
    this.generation++
    this.show(page.runs, page.total)
  }

  /** A new filter or order: the first page of its runs replaces what is shown. */
  query(text: string, sort: RunSort): Promise<void> {
    this.text = text
    this.sort = sort
    const generation = ++this.generation
    return this.enqueue(async () => {
      if (generation !== this.generation) return
      const page = await this.ask(0, this.pageSize)
      if (generation !== this.generation) return
      this.show(page.runs, page.total)
      this.refetchEpochs([...this.epochs.keys()].filter((runId) => page.runs.some((run) => run.runId === runId)))
    })
  }

  /** Loads pages until the first `count` runs are here (or all of them are). */
  loadUpTo(count: number): Promise<void> {
    const generation = this.generation
    return this.enqueue(async () => {
      while (generation === this.generation && this.runs.length < Math.min(count, this.total)) {
        const want = Math.min(count, this.total) - this.runs.length
        const page = await this.ask(this.runs.length, want > this.pageSize ? MAX_PAGE : this.pageSize)
        if (generation !== this.generation) return
        const before = this.runs.length
        this.runs = appendPage(this.runs, page.runs)
        this.total = page.total
        if (this.runs.length === before) break
      }
    })
  }

  /** The next page, if there is one. */
  loadMore(): Promise<void> {
    return this.loadUpTo(this.runs.length + this.pageSize)
  }

  expand(runId: number): Promise<void> {
    if (this.epochs.has(runId)) return Promise.resolve()
    this.epochs = withEpochs(this.epochs, runId, null)
    return this.fetchEpochs(runId)
  }

  collapse(runId: number): void {
    this.epochs = withoutEpochs(this.epochs, [runId])
  }

  private fetchEpochs(runId: number): Promise<void> {
    return this.enqueue(async () => {
      if (!this.epochs.has(runId)) return
      try {
        const versions = await call('runs:get-versions', { runId })
        if (this.epochs.has(runId)) this.epochs = withEpochs(this.epochs, runId, versions)
      } catch (error) {
        this.collapse(runId)
        throw error
      }
    })
  }

  private refetchEpochs(runIds: Iterable<number>): void {
    for (const runId of [...runIds]) void this.fetchEpochs(runId)
  }

  /** Brings what is shown up to date after a write: by the delta, or anew if another process wrote. */
  apply(change: VersionsChanged): Promise<void> {
    if (change.external) return this.refresh()
    const generation = this.generation
    return this.enqueue(async () => {
      if (generation !== this.generation) return
      const plan = planDelta(change, { runs: this.runs, total: this.total, epochs: this.epochs })
      this.runs = plan.shown.runs
      this.total = plan.shown.total
      this.epochs = plan.shown.epochs
      if (plan.fetch.length > 0) {
        const summaries = await call('runs:get', { runIds: plan.fetch.slice(0, MAX_PAGE) })
        if (generation !== this.generation) return
        const merged = mergeSummaries({ runs: this.runs, total: this.total, epochs: this.epochs }, summaries, change.runs.added, this.text, this.sort)
        this.runs = merged.runs
        this.total = merged.total
      }
      this.refetchEpochs(plan.refetch)
    })
  }

  /** Another process wrote: the pages shown and the expanded runs, fetched anew. */
  refresh(): Promise<void> {
    const generation = ++this.generation
    const count = Math.max(this.pageSize, this.runs.length)
    return this.enqueue(async () => {
      if (generation !== this.generation) return
      let runs: RunSummary[] = []
      for (;;) {
        const page = await this.ask(runs.length, count - runs.length)
        if (generation !== this.generation) return
        const before = runs.length
        runs = appendPage(runs, page.runs)
        if (runs.length === before || runs.length >= Math.min(count, page.total)) {
          this.show(runs, page.total)
          break
        }
      }
      const shown = runs.map((run) => run.runId)
      this.epochs = withoutEpochs(
        this.epochs,
        [...this.epochs.keys()].filter((runId) => !shown.includes(runId))
      )
      this.refetchEpochs(this.epochs.keys())
    })
  }
}
