import type { RunSummary, VersionSummary } from '../../../shared/ipc/types'

/**
 * One row of the Versions view's tree grid: a run (level 1), one of an expanded run's epochs (level 2),
 * the row that stands for epochs still on their way, or a run of the list not fetched yet (a placeholder
 * the size of a run row, so the scroll bar is as long as the whole list from the start).
 */
export type TreeRow =
  | { kind: 'run'; key: string; run: RunSummary; position: number; expanded: boolean }
  | { kind: 'version'; key: string; run: RunSummary; version: VersionSummary; position: number; size: number; best: boolean; last: boolean }
  | { kind: 'loading'; key: string; run: RunSummary }
  | { kind: 'placeholder'; key: string; position: number }

/**
 * The rows of the tree: every run loaded, each expanded one followed by its epochs (newest first), then a
 * placeholder for each run `total` counts that no page has brought yet.
 */
export function treeRows(runs: readonly RunSummary[], total: number, epochs: ReadonlyMap<number, readonly VersionSummary[] | null>): TreeRow[] {
  const rows: TreeRow[] = []
  runs.forEach((run, i) => {
    const versions = epochs.get(run.runId)
    const expanded = epochs.has(run.runId)
    rows.push({ kind: 'run', key: `run-${run.runId}`, run, position: i + 1, expanded })
    if (!expanded) return
    if (!versions) {
      rows.push({ kind: 'loading', key: `loading-${run.runId}`, run })
      return
    }
    for (let j = versions.length - 1; j >= 0; j--) {
      const version = versions[j]
      rows.push({
        kind: 'version',
        key: `version-${version.versionId}`,
        run,
        version,
        position: versions.length - j,
        size: versions.length,
        best: version.versionId === run.best?.versionId,
        last: version.versionId === run.last?.versionId
      })
    }
  })
  for (let position = runs.length + 1; position <= total; position++) rows.push({ kind: 'placeholder', key: `placeholder-${position}`, position })
  return rows
}

/** The tree level of a row, as aria-level says it. */
export const levelOf = (row: TreeRow): number => (row.kind === 'version' || row.kind === 'loading' ? 2 : 1)

/** Whether a run row can open: it has epochs stored. */
export const expandable = (run: RunSummary): boolean => run.epochs > 0

/** What a key does on the focused row of the tree: move focus, open or close a run, or nothing. */
export type TreeAction = { focus: number } | { expand: number } | { collapse: number } | { tick: number } | null

/** How many rows Page Up and Page Down move. */
export const PAGE_ROWS = 10

/**
 * The tree grid's keys (WAI-ARIA treegrid, rows focused): arrows move, Home and End go to the first and
 * last row, Page Up/Down move ten; Right opens a run or steps into it, Left closes it or steps out to its
 * run; Enter and Space open or close a run, Space ticks an epoch for comparison.
 */
export function treeAction(key: string, rows: readonly TreeRow[], index: number): TreeAction {
  const row = rows[index]
  if (!row) return rows.length > 0 ? { focus: 0 } : null
  const last = rows.length - 1
  switch (key) {
    case 'ArrowDown':
      return { focus: Math.min(index + 1, last) }
    case 'ArrowUp':
      return { focus: Math.max(index - 1, 0) }
    case 'Home':
      return { focus: 0 }
    case 'End':
      return { focus: last }
    case 'PageDown':
      return { focus: Math.min(index + PAGE_ROWS, last) }
    case 'PageUp':
      return { focus: Math.max(index - PAGE_ROWS, 0) }
    case 'ArrowRight':
      if (row.kind !== 'run' || !expandable(row.run)) return null
      return row.expanded ? { focus: Math.min(index + 1, last) } : { expand: row.run.runId }
    case 'ArrowLeft':
      if (row.kind === 'run') return row.expanded ? { collapse: row.run.runId } : null
      if (row.kind === 'placeholder') return null
      return { focus: rows.findIndex((r) => r.kind === 'run' && r.run.runId === row.run.runId) }
    case 'Enter':
    case ' ':
      if (row.kind === 'run') return !expandable(row.run) ? null : row.expanded ? { collapse: row.run.runId } : { expand: row.run.runId }
      if (row.kind === 'version' && key === ' ') return { tick: row.version.versionId }
      return null
    default:
      return null
  }
}
