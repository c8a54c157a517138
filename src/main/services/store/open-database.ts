import Database from 'better-sqlite3'
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync } from 'node:fs'
import { dirname } from 'node:path'
import { DigitscopeError } from '../errors/errors'
import { checkDatabasePath } from '../errors/file-limits'
import { keyOfLegacyName, runNameReadings } from '../../../shared/i18n/run-names'
import { MIGRATIONS } from './migrations'
import { explainStorageFailure } from '../errors/storage-errors'

/** 'DGSC': marks a database as Digitscope's so a foreign SQLite file is never migrated by mistake. */
export const APPLICATION_ID = 0x44475343
const SQLITE_MAGIC = 'SQLite format 3\0'

export interface StoreOptions {
  /** A better-sqlite3 addon built for the running runtime (Electron needs its own build). */
  nativeBinding?: string
}

/**
 * Opens Digitscope's database file, or refuses it before anything is written: a folder or disk it may not
 * write, a file that is not SQLite, another program's SQLite, a newer Digitscope's schema, a damaged file.
 * Then WAL, foreign keys and the migrations. Every refusal is a DigitscopeError that names the file.
 */
export function openDatabase(file: string, options: StoreOptions = {}): Database.Database {
  if (file !== ':memory:') {
    checkDatabasePath(file)
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
    const fresh = (db.pragma('user_version', { simple: true }) as number) === 0
    // Only a file with no tables yet takes the mode as it is; an existing one needs the VACUUM below.
    if (fresh) db.pragma('auto_vacuum = INCREMENTAL')
    db.pragma('journal_mode = WAL')
    // FULL: a committed epoch survives a power cut, not only a crash of the app (one commit per epoch).
    db.pragma('synchronous = FULL')
    // better-sqlite3 turns foreign keys on by default; migrations that rebuild tables need them off.
    db.pragma('foreign_keys = OFF')
    migrate(db)
    db.pragma('foreign_keys = ON')
    useIncrementalVacuum(db)
    // Runs:list's search reads a name Digitscope stored as a key in every language it shows it in.
    db.function('digitscope_run_names', { deterministic: true }, (name: unknown) => (typeof name === 'string' ? runNameReadings(name) : null))
    return db
  } catch (error) {
    db.close()
    if (error instanceof DigitscopeError) throw error
    const storage = explainStorageFailure(error, file, { kind: 'database' })
    if (storage && storage.code !== 'database') throw storage
    throw new DigitscopeError('database', `The database ${file} cannot be used: ${(error as Error).message}`, {
      cause: error
    })
  }
}

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

/** A file that exists but is not SQLite is someone else's: say so rather than let SQLite call it "not a database". */
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
  // Ours, or a brand-new file: no other program's id, no schema at all (tables, views, indexes, triggers), no version.
  const entries = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }
  if (appId !== APPLICATION_ID && (appId !== 0 || entries.n > 0 || version !== 0)) {
    throw new DigitscopeError('foreign-database', `${file} is an SQLite database of another program, not Digitscope's; it was left untouched.`)
  }
  if (version > MIGRATIONS.length) {
    throw new DigitscopeError(
      'foreign-database',
      `${file} was written by a newer Digitscope (schema ${version}; this one knows up to ${MIGRATIONS.length}). Update Digitscope to open it.`
    )
  }
}

/** Runs with foreign keys off (they cannot change inside a transaction), so tables can be rebuilt; checked after each. */
function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number
  db.function('digitscope_name_key', { deterministic: true }, (name: unknown) => (typeof name === 'string' ? (keyOfLegacyName(name) ?? null) : null))
  for (let target = version + 1; target <= MIGRATIONS.length; target++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[target - 1])
      const broken = db.pragma('foreign_key_check') as unknown[]
      if (broken.length > 0) throw new Error(`migration ${target} left ${broken.length} rows pointing nowhere`)
      db.pragma(`application_id = ${APPLICATION_ID}`)
      db.pragma(`user_version = ${target}`)
    })()
  }
}

/**
 * Deleting versions must give the space back to the disk: with incremental auto-vacuum, freed pages are
 * returned by `PRAGMA incremental_vacuum` after a delete. A database made before this needs one full
 * VACUUM to switch modes (measured in docs/benchmarks.md); it happens once, at the first start.
 */
function useIncrementalVacuum(db: Database.Database): void {
  if (db.pragma('auto_vacuum', { simple: true }) === 2) return
  db.pragma('auto_vacuum = INCREMENTAL')
  db.exec('VACUUM')
}
