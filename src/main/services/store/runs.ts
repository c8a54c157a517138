import type Database from 'better-sqlite3'
import type { CurvePoint, RunListQuery, RunPage, RunStatus, RunSummary, ThinResult } from '../../../shared/ipc/types'
import type { RunOrigin } from '../../../shared/model/run-origin'
import type { ChangeLog } from './change-log'
import { notFound, now } from './not-found'
import { listRuns, runsById } from './run-queries'
import { giveSpaceBack, storeSize } from './space'

interface NewRun {
  name: string
  preset?: string | null
  origin: RunOrigin
  status?: RunStatus
  parentVersionId?: number | null
}

/** The runs table: a training run (or an import) and the weights it started from; its epochs are versions. */
export class Runs {
  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
    private readonly file: string
  ) {}

  create(run: NewRun): number {
    return this.log.transaction(() => {
      const result = this.db
        .prepare(
          `INSERT INTO runs (name, preset, config, status, parent_version_id, created_at, pid)
           VALUES (?, ?, ?, ?, ?, ?, ?)`
        )
        .run(run.name, run.preset ?? null, JSON.stringify(run.origin), run.status ?? 'running', run.parentVersionId ?? null, now(), process.pid)
      const runId = Number(result.lastInsertRowid)
      this.log.note('runs', 'added', runId)
      return runId
    })
  }

  setStatus(runId: number, status: RunStatus, error: string | null = null): void {
    const finished = status === 'running' || status === 'paused' ? null : now()
    this.log.transaction(() => {
      const result = this.db.prepare('UPDATE runs SET status = ?, error = ?, finished_at = ? WHERE id = ?').run(status, error, finished, runId)
      if (result.changes === 0) throw notFound.run(runId)
      this.log.note('runs', 'updated', runId)
    })
  }

  /**
   * Runs left 'running' or 'paused' by a process that is gone (the app or the CLI quit or crashed) become
   * 'interrupted'; their finished epochs stay. Returns how many were marked.
   */
  markOrphaned(isAlive: (pid: number) => boolean): number {
    const open = this.db.prepare("SELECT id, pid FROM runs WHERE status IN ('running', 'paused')").all() as Array<{ id: number; pid: number | null }>
    const orphaned = open.filter((run) => run.pid === null || run.pid === process.pid || !isAlive(run.pid))
    const mark = this.db.prepare("UPDATE runs SET status = 'interrupted', error = ?, finished_at = ? WHERE id = ?")
    this.log.transaction(() =>
      orphaned.forEach((run) => {
        mark.run('Digitscope stopped before this run finished; its finished epochs are kept.', now(), run.id)
        this.log.note('runs', 'updated', run.id)
      })
    )
    return orphaned.length
  }

  exists(runId: number): boolean {
    return this.db.prepare('SELECT 1 FROM runs WHERE id = ?').get(runId) !== undefined
  }

  /** Deletes a run and, through the foreign key, its snapshots; nothing else. The file shrinks by their size. */
  delete(runId: number): void {
    this.log.transaction(() => {
      const versions = this.db.prepare('SELECT id FROM snapshots WHERE run_id = ?').pluck().all(runId) as number[]
      const result = this.db.prepare('DELETE FROM runs WHERE id = ?').run(runId)
      if (result.changes === 0) throw notFound.run(runId)
      this.log.note('runs', 'deleted', runId)
      this.log.note('versions', 'deleted', ...versions)
    })
    giveSpaceBack(this.db)
  }

  /**
   * Keeps a run's first, last and best epoch, every `every`-th, and every epoch the user named, tagged,
   * annotated or fine-tuned from; deletes the others. A dry run deletes nothing and estimates the space.
   */
  thin(runId: number, every: number, dryRun: boolean): ThinResult {
    const epochs = this.db
      .prepare(
        `SELECT s.id, s.epoch, s.test_accuracy AS accuracy, length(s.params) AS bytes,
                (s.name IS NOT NULL OR s.notes <> '' OR EXISTS (SELECT 1 FROM version_tags t WHERE t.version_id = s.id)
                 OR EXISTS (SELECT 1 FROM runs r WHERE r.parent_version_id = s.id)) AS marked
         FROM snapshots s WHERE s.run_id = ? ORDER BY s.epoch`
      )
      .all(runId) as Array<{ id: number; epoch: number; accuracy: number | null; bytes: number; marked: number }>
    if (epochs.length === 0 && !this.exists(runId)) throw notFound.run(runId)
    const best = epochs.reduce<(typeof epochs)[number] | undefined>((top, e) => (e.accuracy !== null && (top?.accuracy == null || e.accuracy >= top.accuracy) ? e : top), undefined)
    const keep = (e: (typeof epochs)[number], i: number) => i === 0 || i === epochs.length - 1 || e === best || e.marked === 1 || e.epoch % every === 0
    const kept = epochs.filter(keep)
    const removed = epochs.filter((e, i) => !keep(e, i))
    if (dryRun || removed.length === 0) return { kept: kept.map((e) => e.epoch), removed: removed.map((e) => e.epoch), bytesFreed: removed.reduce((sum, e) => sum + e.bytes, 0) }
    const before = storeSize(this.db, this.file).bytes
    this.log.transaction(() => {
      const drop = this.db.prepare('DELETE FROM snapshots WHERE id = ?')
      for (const e of removed) drop.run(e.id)
      this.log.note('versions', 'deleted', ...removed.map((e) => e.id))
      this.log.note('runs', 'updated', runId)
    })
    giveSpaceBack(this.db)
    return { kept: kept.map((e) => e.epoch), removed: removed.map((e) => e.epoch), bytesFreed: Math.max(0, before - storeSize(this.db, this.file).bytes) }
  }

  list(query: RunListQuery): RunPage {
    return listRuns(this.db, query)
  }

  byId(runIds: number[]): RunSummary[] {
    return runsById(this.db, runIds)
  }

  /** Keeps the weights a run starts from: its epoch 0. */
  saveStart(runId: number, params: Uint8Array): void {
    this.db.prepare('INSERT OR REPLACE INTO run_starts (run_id, params) VALUES (?, ?)').run(runId, params)
  }

  /** A run's weights epoch by epoch, from its start (epoch 0, where kept) to its last stored epoch. */
  epochParams(runId: number): Array<{ epoch: number; params: Uint8Array }> {
    const start = this.db.prepare('SELECT params FROM run_starts WHERE run_id = ?').pluck().get(runId) as Buffer | undefined
    const epochs = this.db.prepare('SELECT epoch, params FROM snapshots WHERE run_id = ? ORDER BY epoch').all(runId) as Array<{ epoch: number; params: Buffer }>
    return [...(start ? [{ epoch: 0, params: start }] : []), ...epochs].map(({ epoch, params }) => ({ epoch, params: new Uint8Array(params) }))
  }

  /** Every epoch of a run: the curves the comparison overlays. */
  curve(runId: number): CurvePoint[] {
    return this.db
      .prepare('SELECT epoch, test_accuracy AS testAccuracy, train_cost AS trainCost, test_cost AS testCost FROM snapshots WHERE run_id = ? ORDER BY epoch')
      .all(runId) as CurvePoint[]
  }
}
