import type { VersionSummary } from '../../../shared/ipc/types'

export const RUN_ORDERS = ['newest', 'accuracy', 'name'] as const
export type RunOrder = (typeof RUN_ORDERS)[number]

/** A run and its versions, as the Versions view's table shows them: one group of rows per run. */
export interface RunGroup {
  runId: number
  /** The run's newest version, which carries what the run's heading shows. */
  first: VersionSummary
  versions: VersionSummary[]
}

/** Whether any text a user would search for — names, preset, layers, #id, notes, tags — contains `needle`. */
export function matchesFilter(version: VersionSummary, needle: string): boolean {
  const wanted = needle.trim().toLowerCase()
  if (!wanted) return true
  const texts = [version.runName, version.name ?? '', version.preset ?? '', version.layers.join('-'), `#${version.versionId}`, version.notes, ...version.tags]
  return texts.some((text) => text.toLowerCase().includes(wanted))
}

/**
 * The versions that match `filter`, grouped into their runs and the runs put in `order`. The list comes
 * as `versions:list` gives it — newest run first, each run's epochs descending — so consecutive versions
 * of one run form its group, and `newest` keeps that order.
 */
export function groupRuns(versions: readonly VersionSummary[], filter: string, order: RunOrder): RunGroup[] {
  const groups: RunGroup[] = []
  for (const version of versions) {
    if (!matchesFilter(version, filter)) continue
    const group = groups.at(-1)
    if (group?.runId === version.runId) group.versions.push(version)
    else groups.push({ runId: version.runId, first: version, versions: [version] })
  }
  const best = (group: RunGroup) => Math.max(...group.versions.map((v) => v.testAccuracy ?? 0))
  if (order === 'accuracy') groups.sort((a, b) => best(b) - best(a))
  else if (order === 'name') groups.sort((a, b) => a.first.runName.localeCompare(b.first.runName))
  return groups
}
