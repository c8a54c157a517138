import type Database from 'better-sqlite3'
import { statSync } from 'node:fs'
import type { CurvePoint, RunListQuery, RunPage, RunStatus, RunSummary, StoreSize, ThinResult, VersionsChanged, VersionSummary } from '../../shared/ipc/types'
import { readRunOrigin, type RunOrigin } from '../../shared/model/run-origin'
import { DigitscopeError } from './errors'
import { openDatabase, type StoreOptions } from './open-database'
import { listRuns, runsById } from './run-queries'

export { APPLICATION_ID } from './open-database'

export interface NewRun {
  name: string
  preset?: string | null
  origin: RunOrigin
  status?: RunStatus
  parentVersionId?: number | null
}

export interface NewSnapshot {
  epoch: number
  layers: number[]
  params: Uint8Array
  trainCost?: number | null
  testAccuracy?: number | null
  testCost?: number | null
  metrics?: unknown
  trainSeconds?: number | null
}

export interface Drawing {
  id: number
  label: number
  pixels: Uint8Array
  createdAt: string
}

/** A version as the query returns it: the summary with its JSON columns still as text. */
type VersionRow = Omit<VersionSummary, 'layers' | 'origin' | 'tags'> & { layers: string; runConfig: string; tags: string | null }

const VERSION_COLUMNS = `
  s.id AS versionId, s.run_id AS runId, r.name AS runName, r.status AS runStatus, r.preset AS preset,
  s.layers AS layers, r.config AS runConfig, r.parent_version_id AS parentVersionId, s.notes AS notes,
  (SELECT json_group_array(tag) FROM (SELECT tag FROM version_tags t WHERE t.version_id = s.id ORDER BY tag)) AS tags, s.epoch AS epoch, s.name AS name, s.test_accuracy AS testAccuracy,
  s.test_cost AS testCost, s.train_cost AS trainCost, s.train_seconds AS trainSeconds, s.created_at AS createdAt`

/** The SQLite model store. The app's main process is its only writer; the CLI opens the same file. */
export class ModelStore {
  private readonly db: Database.Database
  private readonly listeners = new Set<(change: VersionsChanged) => void>()
  /** What the write in progress has changed so far; announced once it has committed. */
  private pending: VersionsChanged | undefined
  private depth = 0

  private constructor(
    readonly file: string,
    db: Database.Database
  ) {
    this.db = db
  }

  static open(file: string, options: StoreOptions = {}): ModelStore {
    return new ModelStore(file, openDatabase(file, options))
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number
  }

  /** Changes whenever another connection (another process, such as the CLI) commits to the file. */
  get dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number
  }

  close(): void {
    if (this.db.open) this.db.close()
  }

  /** Every committed change this store makes, as one event per write (a transaction is one write). */
  onChange(listener: (change: VersionsChanged) => void): () => void {
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

  private note(kind: 'runs' | 'versions', how: 'added' | 'updated' | 'deleted', ...ids: number[]): void {
    this.pending?.[kind][how].push(...ids)
  }

  createRun(run: NewRun): number {
    return this.transaction(() => {
      const result = this.db
        .prepare(
          `INSERT INTO runs (name, preset, config, status, parent_version_id, created_at, pid)
           VALUES (?, ?, ?, ?, ?, ?, ?)`
        )
        .run(run.name, run.preset ?? null, JSON.stringify(run.origin), run.status ?? 'running', run.parentVersionId ?? null, now(), process.pid)
      const runId = Number(result.lastInsertRowid)
      this.note('runs', 'added', runId)
      return runId
    })
  }

  setRunStatus(runId: number, status: RunStatus, error: string | null = null): void {
    const finished = status === 'running' || status === 'paused' ? null : now()
    this.transaction(() => {
      const result = this.db.prepare('UPDATE runs SET status = ?, error = ?, finished_at = ? WHERE id = ?').run(status, error, finished, runId)
      if (result.changes === 0) throw notFound.run(runId)
      this.note('runs', 'updated', runId)
    })
  }

  /**
   * Runs left 'running' or 'paused' by a process that is gone (the app or the CLI quit or crashed) become
   * 'interrupted'; their finished epochs stay. Returns how many were marked.
   */
  markOrphanedRuns(isAlive: (pid: number) => boolean): number {
    const open = this.db
      .prepare("SELECT id, pid FROM runs WHERE status IN ('running', 'paused')")
      .all() as Array<{ id: number; pid: number | null }>
    const orphaned = open.filter((run) => run.pid === null || run.pid === process.pid || !isAlive(run.pid))
    const mark = this.db.prepare("UPDATE runs SET status = 'interrupted', error = ?, finished_at = ? WHERE id = ?")
    this.transaction(() =>
      orphaned.forEach((run) => {
        mark.run('Digitscope stopped before this run finished; its finished epochs are kept.', now(), run.id)
        this.note('runs', 'updated', run.id)
      })
    )
    return orphaned.length
  }

  /** Deletes a run and, through the foreign key, its snapshots; nothing else. The file shrinks by their size. */
  deleteRun(runId: number): void {
    this.transaction(() => {
      const versions = this.db.prepare('SELECT id FROM snapshots WHERE run_id = ?').pluck().all(runId) as number[]
      const result = this.db.prepare('DELETE FROM runs WHERE id = ?').run(runId)
      if (result.changes === 0) throw notFound.run(runId)
      this.note('runs', 'deleted', runId)
      this.note('versions', 'deleted', ...versions)
    })
    this.giveSpaceBack()
  }

  /**
   * Keeps a run's first, last and best epoch, every `every`-th, and every epoch the user named, tagged,
   * annotated or fine-tuned from; deletes the others. A dry run deletes nothing and estimates the space.
   */
  thinRun(runId: number, every: number, dryRun: boolean): ThinResult {
    const epochs = this.db
      .prepare(
        `SELECT s.id, s.epoch, s.test_accuracy AS accuracy, length(s.params) AS bytes,
                (s.name IS NOT NULL OR s.notes <> '' OR EXISTS (SELECT 1 FROM version_tags t WHERE t.version_id = s.id)
                 OR EXISTS (SELECT 1 FROM runs r WHERE r.parent_version_id = s.id)) AS marked
         FROM snapshots s WHERE s.run_id = ? ORDER BY s.epoch`
      )
      .all(runId) as Array<{ id: number; epoch: number; accuracy: number | null; bytes: number; marked: number }>
    if (epochs.length === 0 && this.runsById([runId]).length === 0) throw notFound.run(runId)
    const best = epochs.reduce<(typeof epochs)[number] | undefined>((top, e) => (e.accuracy !== null && (top?.accuracy == null || e.accuracy >= top.accuracy) ? e : top), undefined)
    const keep = (e: (typeof epochs)[number], i: number) => i === 0 || i === epochs.length - 1 || e === best || e.marked === 1 || e.epoch % every === 0
    const kept = epochs.filter(keep)
    const removed = epochs.filter((e, i) => !keep(e, i))
    if (dryRun || removed.length === 0) return { kept: kept.map((e) => e.epoch), removed: removed.map((e) => e.epoch), bytesFreed: removed.reduce((sum, e) => sum + e.bytes, 0) }
    const before = this.size().bytes
    this.transaction(() => {
      const drop = this.db.prepare('DELETE FROM snapshots WHERE id = ?')
      for (const e of removed) drop.run(e.id)
      this.note('versions', 'deleted', ...removed.map((e) => e.id))
      this.note('runs', 'updated', runId)
    })
    this.giveSpaceBack()
    return { kept: kept.map((e) => e.epoch), removed: removed.map((e) => e.epoch), bytesFreed: Math.max(0, before - this.size().bytes) }
  }

  /** Returns the pages deletes freed to the disk (incremental auto-vacuum), folding the log into the file. */
  private giveSpaceBack(): void {
    this.db.pragma('incremental_vacuum')
    this.db.pragma('wal_checkpoint(TRUNCATE)')
  }

  size(): StoreSize {
    const bytes = this.file === ':memory:' ? 0 : [this.file, `${this.file}-wal`].reduce((sum, f) => sum + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0)
    return { bytes, versions: (this.db.prepare('SELECT count(*) AS n FROM snapshots').get() as { n: number }).n }
  }

  listRuns(query: RunListQuery): RunPage {
    return listRuns(this.db, query)
  }

  runsById(runIds: number[]): RunSummary[] {
    return runsById(this.db, runIds)
  }

  runVersions(runId: number): VersionSummary[] {
    const rows = this.db.prepare(`SELECT ${VERSION_COLUMNS} FROM snapshots s JOIN runs r ON r.id = s.run_id WHERE s.run_id = ? ORDER BY s.epoch`).all(runId) as VersionRow[]
    if (rows.length === 0 && this.runsById([runId]).length === 0) throw notFound.run(runId)
    return rows.map(toSummary)
  }

  /** The picker's "recently used" versions, most recent first; ids of deleted versions drop out. */
  recentVersions(): VersionSummary[] {
    return this.recentIds().flatMap((id) => {
      const row = this.db.prepare(`SELECT ${VERSION_COLUMNS} FROM snapshots s JOIN runs r ON r.id = s.run_id WHERE s.id = ?`).get(id) as VersionRow | undefined
      return row ? [toSummary(row)] : []
    })
  }

  markUsed(versionId: number): void {
    this.getVersion(versionId)
    this.setSetting(RECENT, JSON.stringify([versionId, ...this.recentIds().filter((id) => id !== versionId)].slice(0, 8)))
  }

  private recentIds(): number[] {
    try {
      const ids = JSON.parse(this.setting(RECENT) ?? '[]') as unknown
      return Array.isArray(ids) ? ids.filter((id): id is number => Number.isSafeInteger(id)) : []
    } catch {
      return []
    }
  }

  /** Stores one epoch's snapshot in one transaction; returns its version id. */
  addSnapshot(runId: number, snapshot: NewSnapshot): number {
    const insert = this.db.prepare(
      `INSERT INTO snapshots (run_id, epoch, layers, params, train_cost, test_accuracy, test_cost, metrics, train_seconds, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    return this.transaction(() => {
      const versionId = Number(
        insert.run(
          runId,
          snapshot.epoch,
          JSON.stringify(snapshot.layers),
          Buffer.from(snapshot.params.buffer, snapshot.params.byteOffset, snapshot.params.byteLength),
          snapshot.trainCost ?? null,
          snapshot.testAccuracy ?? null,
          snapshot.testCost ?? null,
          JSON.stringify(snapshot.metrics ?? {}),
          snapshot.trainSeconds ?? null,
          now()
        ).lastInsertRowid
      )
      this.note('versions', 'added', versionId)
      this.note('runs', 'updated', runId)
      return versionId
    })
  }

  listVersions(): VersionSummary[] {
    const rows = this.db
      .prepare(`SELECT ${VERSION_COLUMNS} FROM snapshots s JOIN runs r ON r.id = s.run_id ORDER BY s.run_id DESC, s.epoch DESC`)
      .all() as VersionRow[]
    return rows.map(toSummary)
  }

  getVersion(versionId: number): VersionSummary {
    const row = this.db
      .prepare(`SELECT ${VERSION_COLUMNS} FROM snapshots s JOIN runs r ON r.id = s.run_id WHERE s.id = ?`)
      .get(versionId) as VersionRow | undefined
    if (!row) throw notFound.version(versionId)
    return toSummary(row)
  }

  /** Keeps the weights a run starts from: its epoch 0. */
  saveRunStart(runId: number, params: Uint8Array): void {
    this.db.prepare('INSERT OR REPLACE INTO run_starts (run_id, params) VALUES (?, ?)').run(runId, params)
  }

  /** A run's weights epoch by epoch, from its start (epoch 0, where kept) to its last stored epoch. */
  runEpochParams(runId: number): Array<{ epoch: number; params: Uint8Array }> {
    const start = this.db.prepare('SELECT params FROM run_starts WHERE run_id = ?').pluck().get(runId) as Buffer | undefined
    const epochs = this.db.prepare('SELECT epoch, params FROM snapshots WHERE run_id = ? ORDER BY epoch').all(runId) as Array<{ epoch: number; params: Buffer }>
    return [...(start ? [{ epoch: 0, params: start }] : []), ...epochs].map(({ epoch, params }) => ({ epoch, params: new Uint8Array(params) }))
  }

  /** Everything needed to rebuild a version's network and describe it. */
  versionModel(versionId: number): { summary: VersionSummary; params: Uint8Array; metrics: unknown } {
    const summary = this.getVersion(versionId)
    const row = this.db.prepare('SELECT params, metrics FROM snapshots WHERE id = ?').get(versionId) as { params: Buffer; metrics: string }
    return { summary, params: new Uint8Array(row.params), metrics: JSON.parse(row.metrics) }
  }

  setting(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined
    return row?.value
  }

  setSetting(key: string, value: string): void {
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value)
  }

  /** A user's name for a version; empty or null clears it. */
  renameVersion(versionId: number, name: string | null): void {
    this.transaction(() => {
      const result = this.db.prepare('UPDATE snapshots SET name = ? WHERE id = ?').run(name?.trim() || null, versionId)
      if (result.changes === 0) throw notFound.version(versionId)
      this.note('versions', 'updated', versionId)
    })
  }

  /** A version's notes and tags, replaced as a whole in one transaction. */
  annotateVersion(versionId: number, notes: string, tags: string[]): void {
    this.transaction(() => {
      if (this.db.prepare('UPDATE snapshots SET notes = ? WHERE id = ?').run(notes, versionId).changes === 0) {
        throw notFound.version(versionId)
      }
      this.db.prepare('DELETE FROM version_tags WHERE version_id = ?').run(versionId)
      const insert = this.db.prepare('INSERT OR IGNORE INTO version_tags (version_id, tag) VALUES (?, ?)')
      for (const tag of tags) insert.run(versionId, tag)
      this.note('versions', 'updated', versionId)
    })
  }

  /** Every epoch of a run: the curves the comparison overlays. */
  runCurve(runId: number): CurvePoint[] {
    return this.db
      .prepare('SELECT epoch, test_accuracy AS testAccuracy, train_cost AS trainCost, test_cost AS testCost FROM snapshots WHERE run_id = ? ORDER BY epoch')
      .all(runId) as CurvePoint[]
  }

  addDrawing(label: number, pixels: Uint8Array): number {
    return this.transaction(() => {
      this.pending!.drawings = true
      return Number(this.db.prepare('INSERT INTO drawings (label, pixels, created_at) VALUES (?, ?, ?)').run(label, Buffer.from(pixels), now()).lastInsertRowid)
    })
  }

  relabelDrawing(id: number, label: number): void {
    this.transaction(() => {
      if (this.db.prepare('UPDATE drawings SET label = ? WHERE id = ?').run(label, id).changes === 0) {
        throw notFound.drawing(id)
      }
      this.pending!.drawings = true
    })
  }

  deleteDrawing(id: number): void {
    this.transaction(() => {
      if (this.db.prepare('DELETE FROM drawings WHERE id = ?').run(id).changes === 0) {
        throw notFound.drawing(id)
      }
      this.pending!.drawings = true
    })
  }

  listDrawings(): Drawing[] {
    const rows = this.db
      .prepare('SELECT id, label, pixels, created_at AS createdAt FROM drawings ORDER BY id')
      .all() as Array<Omit<Drawing, 'pixels'> & { pixels: Buffer }>
    return rows.map((row) => ({ ...row, pixels: new Uint8Array(row.pixels) }))
  }
}

function toSummary({ runConfig, tags, ...row }: VersionRow): VersionSummary {
  return {
    ...row,
    layers: JSON.parse(row.layers) as number[],
    origin: readRunOrigin(JSON.parse(runConfig)),
    tags: tags ? (JSON.parse(tags) as string[]) : []
  }
}

function now(): string {
  return new Date().toISOString()
}

const RECENT = 'versions.recent'

/** The store's not-found errors, each with its English words and the reason the UI words itself. */
const notFound = {
  run: (runId: number) => new DigitscopeError('not-found', `There is no training run ${runId}.`, { reason: { key: 'no-run', runId } }),
  version: (versionId: number) => new DigitscopeError('not-found', `There is no version ${versionId}.`, { reason: { key: 'no-version', versionId } }),
  drawing: (drawingId: number) => new DigitscopeError('not-found', `There is no saved drawing ${drawingId}.`, { reason: { key: 'no-drawing', drawingId } })
}

function noChange(): VersionsChanged {
  return { runs: { added: [], updated: [], deleted: [] }, versions: { added: [], updated: [], deleted: [] }, drawings: false, external: false }
}

function isEmpty(change: VersionsChanged): boolean {
  return !change.drawings && [change.runs, change.versions].every((ids) => ids.added.length + ids.updated.length + ids.deleted.length === 0)
}
