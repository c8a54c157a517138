import type Database from 'better-sqlite3'
import { statSync } from 'node:fs'
import type { StoreSize } from '../../../shared/ipc/types'

/** The database file and its write-ahead log on disk, and how many versions it holds. */
export function storeSize(db: Database.Database, file: string): StoreSize {
  const bytes = file === ':memory:' ? 0 : [file, `${file}-wal`].reduce((sum, f) => sum + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0)
  return { bytes, versions: (db.prepare('SELECT count(*) AS n FROM snapshots').get() as { n: number }).n }
}

/** Returns the pages deletes freed to the disk (incremental auto-vacuum), folding the log into the file. */
export function giveSpaceBack(db: Database.Database): void {
  db.pragma('incremental_vacuum')
  db.pragma('wal_checkpoint(TRUNCATE)')
}
