import { runName } from './run-name'
import type { RunListQuery, RunSummary, VersionsChanged, VersionSummary } from '../../../shared/ipc/types'

export type RunSort = RunListQuery['sort']

/** Each expanded run's epochs, oldest first (null while they load). */
export type Epochs = ReadonlyMap<number, readonly VersionSummary[] | null>

/** What a list of runs shows: the runs loaded, how many match in all, the expanded runs' epochs. */
export interface Shown {
  runs: readonly RunSummary[]
  total: number
  epochs: Epochs
}

/** Whether `run` is one a `runs:list` filtered by `text` would answer, as far as its summary tells. */
export function matchesText(run: RunSummary, text: string): boolean {
  const wanted = text.trim().toLowerCase()
  if (!wanted) return true
  return [runName(run.name), run.name, run.last?.name, run.best?.name].some((name) => name?.toLowerCase().includes(wanted))
}

/** Orders runs as runs:list's SQL does: negative when `a` comes first. */
export function compareRuns(sort: RunSort, a: RunSummary, b: RunSummary): number {
  switch (sort) {
    case 'oldest':
      return a.runId - b.runId
    case 'best': {
      const [x, y] = [a.best?.testAccuracy ?? null, b.best?.testAccuracy ?? null]
      if (x !== y) return x === null ? 1 : y === null ? -1 : y - x
      return b.runId - a.runId
    }
    case 'name': {
      const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()]
      return x < y ? -1 : x > y ? 1 : b.runId - a.runId
    }
    default:
      return b.runId - a.runId
  }
}

/** No run expanded. */
export const NO_EPOCHS: Epochs = new Map()

export function withEpochs(epochs: Epochs, runId: number, versions: readonly VersionSummary[] | null): Epochs {
  return new Map(epochs).set(runId, versions)
}

export function withoutEpochs(epochs: Epochs, runIds: readonly number[]): Epochs {
  if (!runIds.some((runId) => epochs.has(runId))) return epochs
  const next = new Map(epochs)
  for (const runId of runIds) next.delete(runId)
  return next
}

/** A next page after the runs loaded; a run already there (the list shifted under a write) is not repeated. */
export function appendPage(runs: readonly RunSummary[], page: readonly RunSummary[]): RunSummary[] {
  const known = new Set(runs.map((run) => run.runId))
  return [...runs, ...page.filter((run) => !known.has(run.runId))]
}

/** What a delta changes at once (deleted runs and versions dropped), and what must be asked for. */
export interface Plan {
  shown: Shown
  /** Runs whose summaries to fetch (runs:get): added, changed, or naming a renamed version as last or best. */
  fetch: number[]
  /** Expanded runs whose epochs to fetch again (runs:get-versions). */
  refetch: number[]
}

export function planDelta(change: VersionsChanged, { runs, total, epochs }: Shown): Plan {
  const goneRuns = change.runs.deleted
  const goneVersions = new Set(change.versions.deleted)
  const renamed = new Set(change.versions.updated)
  const kept = runs.filter((run) => !goneRuns.includes(run.runId))
  const nextEpochs = new Map(withoutEpochs(epochs, goneRuns))
  for (const [runId, versions] of nextEpochs) {
    if (versions?.some((v) => goneVersions.has(v.versionId))) nextEpochs.set(runId, versions.filter((v) => !goneVersions.has(v.versionId)))
  }
  const fetch = new Set([...change.runs.added, ...change.runs.updated])
  for (const run of kept) if ([run.last, run.best].some((brief) => brief && renamed.has(brief.versionId))) fetch.add(run.runId)
  for (const runId of goneRuns) fetch.delete(runId)
  const refetch = [...nextEpochs.entries()]
    .filter(([runId, versions]) => change.runs.updated.includes(runId) || versions?.some((v) => renamed.has(v.versionId)))
    .map(([runId]) => runId)
  return {
    shown: { runs: kept, total: Math.max(kept.length, total - (runs.length - kept.length)), epochs: nextEpochs },
    fetch: [...fetch],
    refetch
  }
}

/**
 * Fetched summaries into what is shown: a known run is replaced where it is (it keeps its place until the
 * list is fetched anew, so rows do not jump under the pointer); a new one that matches the filter goes
 * where the order puts it among the runs loaded, or is only counted if it falls past them.
 */
export function mergeSummaries(shown: Shown, summaries: readonly RunSummary[], added: readonly number[], text: string, sort: RunSort): Shown {
  const byId = new Map(summaries.map((run) => [run.runId, run]))
  let runs = shown.runs.map((run) => byId.get(run.runId) ?? run)
  let total = shown.total
  const known = new Set(runs.map((run) => run.runId))
  for (const run of summaries) {
    if (known.has(run.runId) || !added.includes(run.runId) || !matchesText(run, text)) continue
    total++
    const at = runs.findIndex((other) => compareRuns(sort, run, other) < 0)
    if (at === -1 && runs.length + 1 < total) continue // it belongs to a page not loaded yet
    runs = [...runs]
    runs.splice(at === -1 ? runs.length : at, 0, run)
  }
  return { runs, total, epochs: shown.epochs }
}
