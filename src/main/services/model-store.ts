import Database from 'better-sqlite3'
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync } from 'node:fs'
import { dirname } from 'node:path'
import type { RunStatus, VersionSummary } from '../../shared/ipc/types'
import { readRunOrigin, type RunOrigin } from '../../shared/nn/run-origin'
import { DigitscopeError } from './errors'
import { MIGRATIONS } from './migrations'
import { explainStorageFailure } from './storage-errors'

/** 'DGSC': marks a database as Digitscope's so a foreign SQLite file is never migrated by mistake. */
export const APPLICATION_ID = 0x44475343
const SQLITE_MAGIC = 'SQLite format 3\0'

export interface StoreOptions {
  /** A better-sqlite3 addon built for the running runtime (Electron needs its own build). */
  nativeBinding?: string
}

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

interface VersionRow {
  versionId: number
  runId: number
  runName: string
  runStatus: RunStatus
  preset: string | null
  layers: string
  runConfig: string
  parentVersionId: number | null
  notes: string
  tags: string | null
  epoch: number
  name: string | null
  testAccuracy: number | null
  testCost: number | null
  trainCost: number | null
  trainSeconds: number | null
  createdAt: string
}

const VERSION_COLUMNS = `
  s.id AS versionId, s.run_id AS runId, r.name AS runName, r.status AS runStatus, r.preset AS preset,
  s.layers AS layers, r.config AS runConfig, r.parent_version_id AS parentVersionId, s.notes AS notes,
  (SELECT json_group_array(tag) FROM (SELECT tag FROM version_tags t WHERE t.version_id = s.id ORDER BY tag)) AS tags, s.epoch AS epoch, s.name AS name, s.test_accuracy AS testAccuracy,
  s.test_cost AS testCost, s.train_cost AS trainCost, s.train_seconds AS trainSeconds, s.created_at AS createdAt`

/** The SQLite model store. The app's main process is its only writer; the CLI opens the same file. */
export class ModelStore {
  private readonly db: Database.Database

  private constructor(
    readonly file: string,
    db: Database.Database
  ) {
    this.db = db
  }

  static open(file: string, options: StoreOptions = {}): ModelStore {
    if (file !== ':memory:') {
      refuseUnwritable(file)
      refuseForeignFile(file)
    }
    let db: Database.Database
    try {
      db = new Database(file, { nativeBinding: options.nativeBinding })
    } catch (error) {
      throw new DigitscopeError('database', `Cannot open the database ${file}: ${(error as Error).message}`, {
        cause: error
      })
    }
    try {
      db.pragma('busy_timeout = 5000')
      const check = db.pragma('quick_check', { simple: true })
      if (check !== 'ok') throw new DigitscopeError('database', `The database ${file} is damaged (quick_check: ${check}).`)
      checkOwnership(db, file)
      db.pragma('journal_mode = WAL')
      db.pragma('foreign_keys = ON')
      migrate(db)
      return new ModelStore(file, db)
    } catch (error) {
      db.close()
      if (error instanceof DigitscopeError) throw error
      const storage = explainStorageFailure(error, file, 'the database')
      if (storage && storage.code !== 'database') throw storage
      throw new DigitscopeError('database', `The database ${file} cannot be used: ${(error as Error).message}`, {
        cause: error
      })
    }
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number
  }

  /** Changes whenever another connection (another process, such as the CLI) commits to the file. */
  get dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number
  }

  pragma(name: string): unknown {
    return this.db.pragma(name, { simple: true })
  }

  close(): void {
    if (this.db.open) this.db.close()
  }

  createRun(run: NewRun): number {
    const result = this.db
      .prepare(
        `INSERT INTO runs (name, preset, config, status, parent_version_id, created_at, pid)
         VALUES (?, ?, ?, ?, ?, ?, ?)`
      )
      .run(run.name, run.preset ?? null, JSON.stringify(run.origin), run.status ?? 'running', run.parentVersionId ?? null, now(), process.pid)
    return Number(result.lastInsertRowid)
  }

  setRunStatus(runId: number, status: RunStatus, error: string | null = null): void {
    const finished = status === 'running' || status === 'paused' ? null : now()
    const result = this.db
      .prepare('UPDATE runs SET status = ?, error = ?, finished_at = ? WHERE id = ?')
      .run(status, error, finished, runId)
    if (result.changes === 0) throw new DigitscopeError('not-found', `There is no training run ${runId}.`)
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
    this.transaction(() => orphaned.forEach((run) => mark.run('Digitscope stopped before this run finished; its finished epochs are kept.', now(), run.id)))
    return orphaned.length
  }

  runStatus(runId: number): { status: RunStatus; error: string | null } {
    const row = this.db.prepare('SELECT status, error FROM runs WHERE id = ?').get(runId) as { status: RunStatus; error: string | null } | undefined
    if (!row) throw new DigitscopeError('not-found', `There is no training run ${runId}.`)
    return row
  }

  /** Deletes a run and, through the foreign key, its snapshots; nothing else. */
  deleteRun(runId: number): void {
    const result = this.db.prepare('DELETE FROM runs WHERE id = ?').run(runId)
    if (result.changes === 0) throw new DigitscopeError('not-found', `There is no training run ${runId}.`)
  }

  /** Stores one epoch's snapshot in one transaction; returns its version id. */
  addSnapshot(runId: number, snapshot: NewSnapshot): number {
    const insert = this.db.prepare(
      `INSERT INTO snapshots (run_id, epoch, layers, params, train_cost, test_accuracy, test_cost, metrics, train_seconds, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    return this.db.transaction(() =>
      Number(
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
    )()
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
    if (!row) throw new DigitscopeError('not-found', `There is no version ${versionId}.`)
    return toSummary(row)
  }

  versionParams(versionId: number): Uint8Array {
    const row = this.db.prepare('SELECT params FROM snapshots WHERE id = ?').get(versionId) as { params: Buffer } | undefined
    if (!row) throw new DigitscopeError('not-found', `There is no version ${versionId}.`)
    return new Uint8Array(row.params)
  }

  /** Everything needed to rebuild a version's network and describe it. */
  versionModel(versionId: number): { summary: VersionSummary; params: Uint8Array; metrics: unknown } {
    const summary = this.getVersion(versionId)
    const row = this.db.prepare('SELECT params, metrics FROM snapshots WHERE id = ?').get(versionId) as { params: Buffer; metrics: string }
    return { summary, params: new Uint8Array(row.params), metrics: JSON.parse(row.metrics) }
  }

  /** Runs and snapshots together: an import stores both or neither. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)()
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
    const result = this.db.prepare('UPDATE snapshots SET name = ? WHERE id = ?').run(name?.trim() || null, versionId)
    if (result.changes === 0) throw new DigitscopeError('not-found', `There is no version ${versionId}.`)
  }

  /** A version's notes and tags, replaced as a whole in one transaction. */
  annotateVersion(versionId: number, notes: string, tags: string[]): void {
    this.transaction(() => {
      if (this.db.prepare('UPDATE snapshots SET notes = ? WHERE id = ?').run(notes, versionId).changes === 0) {
        throw new DigitscopeError('not-found', `There is no version ${versionId}.`)
      }
      this.db.prepare('DELETE FROM version_tags WHERE version_id = ?').run(versionId)
      const insert = this.db.prepare('INSERT OR IGNORE INTO version_tags (version_id, tag) VALUES (?, ?)')
      for (const tag of tags) insert.run(versionId, tag)
    })
  }

  /** Every epoch of a run: the curves the comparison overlays. */
  runCurve(runId: number): Array<{ epoch: number; testAccuracy: number | null; trainCost: number | null; testCost: number | null }> {
    return this.db
      .prepare('SELECT epoch, test_accuracy AS testAccuracy, train_cost AS trainCost, test_cost AS testCost FROM snapshots WHERE run_id = ? ORDER BY epoch')
      .all(runId) as Array<{ epoch: number; testAccuracy: number | null; trainCost: number | null; testCost: number | null }>
  }

  addDrawing(label: number, pixels: Uint8Array): number {
    return Number(
      this.db
        .prepare('INSERT INTO drawings (label, pixels, created_at) VALUES (?, ?, ?)')
        .run(label, Buffer.from(pixels), now()).lastInsertRowid
    )
  }

  relabelDrawing(id: number, label: number): void {
    if (this.db.prepare('UPDATE drawings SET label = ? WHERE id = ?').run(label, id).changes === 0) {
      throw new DigitscopeError('not-found', `There is no saved drawing ${id}.`)
    }
  }

  deleteDrawing(id: number): void {
    if (this.db.prepare('DELETE FROM drawings WHERE id = ?').run(id).changes === 0) {
      throw new DigitscopeError('not-found', `There is no saved drawing ${id}.`)
    }
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

/** A file that exists but is not SQLite is someone else's: say so rather than let SQLite call it "not a database". */
/**
 * SQLite needs to write the file and, for its WAL and shared-memory files, the folder; on a read-only
 * disk it would fail later with a vaguer "unable to open database file".
 */
function refuseUnwritable(file: string): void {
  const folder = dirname(file)
  try {
    mkdirSync(folder, { recursive: true })
    accessSync(folder, constants.W_OK)
    if (existsSync(file)) accessSync(file, constants.R_OK | constants.W_OK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'EROFS' ? 'it is on a read-only disk' : code === 'ENOSPC' ? 'the disk is full' : 'Digitscope may not write there'
    throw new DigitscopeError(
      code === 'ENOSPC' ? 'disk-full' : 'read-only',
      `Digitscope cannot write its database ${file}: ${why} (${code ?? (error as Error).message}). Trained versions are saved there, so it must be writable: fix the permissions or free the disk, or set DIGITSCOPE_DB to a file on a writable disk.`,
      { cause: error }
    )
  }
}

function refuseForeignFile(file: string): void {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch {
    return // absent: it will be created
  }
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length)
    const got = readSync(fd, head, 0, head.length, 0)
    if (got > 0 && (got < head.length || head.toString('latin1') !== SQLITE_MAGIC)) {
      throw new DigitscopeError('foreign-database', `${file} is not a Digitscope database (it is not an SQLite file); it was left untouched.`)
    }
  } finally {
    closeSync(fd)
  }
}

/** Runs before anything writes, so a file that is not ours, or is too new, is left byte for byte as it was. */
function checkOwnership(db: Database.Database, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number
  const appId = db.pragma('application_id', { simple: true }) as number
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }
  if (appId !== APPLICATION_ID && (appId !== 0 || tables.n > 0)) {
    throw new DigitscopeError('foreign-database', `${file} is an SQLite database of another program, not Digitscope's; it was left untouched.`)
  }
  if (version > MIGRATIONS.length) {
    throw new DigitscopeError(
      'foreign-database',
      `${file} was written by a newer Digitscope (schema ${version}; this one knows up to ${MIGRATIONS.length}). Update Digitscope to open it.`
    )
  }
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number
  for (let target = version + 1; target <= MIGRATIONS.length; target++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[target - 1])
      db.pragma(`application_id = ${APPLICATION_ID}`)
      db.pragma(`user_version = ${target}`)
    })()
  }
}
