import type Database from 'better-sqlite3'
import type { VersionsChanged } from '../../../shared/ipc/types'

type Listener = (change: VersionsChanged) => void

/**
 * The store's one change log: every write runs in `transaction`, notes what it adds, updates or deletes,
 * and what it noted is announced once, after the outermost transaction has committed.
 */
export class ChangeLog {
  private readonly listeners = new Set<Listener>()
  /** What the write in progress has changed so far. */
  private pending: VersionsChanged | undefined
  private depth = 0

  constructor(private readonly db: Database.Database) {}

  onChange(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Runs `work` in a transaction; what it notes is announced after the outermost one commits. */
  transaction<T>(work: () => T): T {
    this.depth++
    this.pending ??= noChange()
    try {
      const result = this.db.transaction(work)()
      if (this.depth === 1 && !isEmpty(this.pending)) {
        const change = this.pending
        this.pending = undefined
        this.listeners.forEach((listener) => listener(change))
      }
      return result
    } finally {
      if (--this.depth === 0) this.pending = undefined
    }
  }

  note(kind: 'runs' | 'versions', how: 'added' | 'updated' | 'deleted', ...ids: number[]): void {
    this.pending?.[kind][how].push(...ids)
  }

  noteDrawings(): void {
    if (this.pending) this.pending.drawings = true
  }
}

function noChange(): VersionsChanged {
  return { runs: { added: [], updated: [], deleted: [] }, versions: { added: [], updated: [], deleted: [] }, drawings: false, external: false }
}

function isEmpty(change: VersionsChanged): boolean {
  return !change.drawings && [change.runs, change.versions].every((ids) => ids.added.length + ids.updated.length + ids.deleted.length === 0)
}
