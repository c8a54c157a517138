import { runName } from '../common/run-name'
import type { RunSummary, VersionSummary } from '../../../shared/ipc/types'
import { call, on } from '../common/api'
import { RunPages } from '../common/run-pages.svelte'

/** One entry of the picker's list: a version to read with, or the "more epochs…" of a run. */
export type PickerOption =
  | { kind: 'version'; id: string; versionId: number; runName: string; epoch: number; name: string | null; testAccuracy: number | null; best: boolean; last: boolean }
  | { kind: 'more'; id: string; runId: number; runName: string; count: number; loading: boolean }

/** The list's groups: the recently used versions first, then one group per run. */
export interface PickerGroup {
  id: string
  /** The run's name; null for the recently used. */
  run: string | null
  options: PickerOption[]
}

/** Whether a recently used version matches what is typed: its run's name, its own name or its #id. */
function matches(version: VersionSummary, text: string): boolean {
  const wanted = text.trim().toLowerCase()
  return !wanted || [runName(version.runName), version.name ?? '', `#${version.versionId}`].some((value) => value.toLowerCase().includes(wanted))
}

/**
 * The picker's groups: the recently used versions that match the search, then each run with its best and
 * last epoch and a "more epochs…" for the rest — or, once that is chosen, all its epochs, newest first.
 */
export function pickerGroups(recent: readonly VersionSummary[], text: string, runs: readonly RunSummary[], epochs: ReadonlyMap<number, readonly VersionSummary[] | null>): PickerGroup[] {
  const groups: PickerGroup[] = []
  const found = recent.filter((v) => matches(v, text))
  if (found.length > 0) {
    groups.push({
      id: 'picker-recent',
      run: null,
      options: found.map((v) => ({ kind: 'version', id: `picker-recent-${v.versionId}`, versionId: v.versionId, runName: runName(v.runName), epoch: v.epoch, name: v.name, testAccuracy: v.testAccuracy, best: false, last: false }))
    })
  }
  for (const run of runs) {
    if (run.epochs === 0) continue
    const option = (v: { versionId: number; epoch: number; name: string | null; testAccuracy: number | null }): PickerOption => ({
      kind: 'version',
      id: `picker-run-${run.runId}-${v.versionId}`,
      versionId: v.versionId,
      runName: runName(run.name),
      epoch: v.epoch,
      name: v.name,
      testAccuracy: v.testAccuracy,
      best: v.versionId === run.best?.versionId,
      last: v.versionId === run.last?.versionId
    })
    const all = epochs.get(run.runId)
    let options: PickerOption[]
    if (all) {
      options = [...all].reverse().map(option)
    } else {
      const briefs = [run.best, run.last].filter((brief, i, list): brief is NonNullable<typeof brief> => !!brief && list.findIndex((b) => b?.versionId === brief.versionId) === i)
      options = briefs.map(option)
      if (run.epochs > briefs.length) options.push({ kind: 'more', id: `picker-more-${run.runId}`, runId: run.runId, runName: runName(run.name), count: run.epochs - briefs.length, loading: all === null })
    }
    groups.push({ id: `picker-run-${run.runId}`, run: runName(run.name), options })
  }
  return groups
}

/** How long typing in the search pauses before the runs are asked for. */
export const SEARCH_DELAY_MS = 200

/**
 * The Draw view's version picker (an editable combobox with a listbox): open or not, what is searched
 * for, which option is active, the recently used versions and the runs — a page at a time, searched in
 * SQL, kept current by main's deltas while the list is open.
 */
export class PickerState {
  open = $state(false)
  query = $state('')
  /** The active option, by index into `options`; -1 for none. */
  active = $state(-1)
  recent = $state.raw<VersionSummary[]>([])
  readonly runs = new RunPages(30)
  readonly groups = $derived(pickerGroups(this.recent, this.query, this.runs.runs, this.runs.epochs))
  readonly options = $derived(this.groups.flatMap((group) => group.options))
  private stopListening: (() => void) | null = null
  private timer: ReturnType<typeof setTimeout> | undefined

  show(): void {
    if (this.open) return
    this.open = true
    this.query = ''
    this.active = -1
    this.stopListening = on('versions:changed', (change) => {
      void this.runs.apply(change)
      if (change.external || change.versions.deleted.length > 0 || change.versions.updated.length > 0) void this.loadRecent()
    })
    void this.loadRecent()
    void this.runs.query('', 'newest')
  }

  hide(): void {
    this.open = false
    this.active = -1
    clearTimeout(this.timer)
    this.stopListening?.()
    this.stopListening = null
  }

  private async loadRecent(): Promise<void> {
    try {
      this.recent = await call('versions:list-recent')
    } catch {
      this.recent = []
    }
  }

  /** Typing: the recently used are filtered at once, the runs once typing pauses. */
  search(text: string): void {
    this.show()
    this.query = text
    this.active = -1
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.runs.query(this.query, 'newest'), SEARCH_DELAY_MS)
  }

  /** Moves the active option by `step` (clamped); near the end, the next page of runs is fetched. */
  move(step: number): void {
    if (!this.open) return this.show()
    const last = this.options.length - 1
    if (last < 0) return
    this.active = this.active < 0 ? (step > 0 ? 0 : last) : Math.max(0, Math.min(last, this.active + step))
    if (this.active >= last - 3) this.nearEnd()
  }

  moveTo(index: number): void {
    this.active = Math.max(-1, Math.min(this.options.length - 1, index))
  }

  /** The end of the list is in view: the next page of runs, if any. */
  nearEnd(): void {
    if (!this.runs.complete) void this.runs.loadMore()
  }

  /** Chooses an option: a version is read with (the list closes), "more epochs…" lists the run's epochs. */
  choose(option: PickerOption | undefined, pick: (versionId: number) => void): void {
    if (!option) return
    if (option.kind === 'more') {
      void this.runs.expand(option.runId)
      return
    }
    pick(option.versionId)
    this.hide()
  }
}
