import type Database from 'better-sqlite3'
import type { StoreSize, VersionsChanged } from '../../../shared/ipc/types'
import { openDatabase, type StoreOptions } from './open-database'
import { ChangeLog } from './change-log'
import { Drawings } from './drawings'
import { Runs } from './runs'
import { Settings } from './settings'
import { storeSize } from './space'
import { Versions } from './versions'

export { APPLICATION_ID } from './open-database'

/**
 * Digitscope's SQLite file: runs, their versions, the user's drawings and settings, and one change log
 * that announces every committed write. The app's main process is its only writer; the CLI opens the same file.
 */
export class Store {
  private readonly log: ChangeLog
  readonly runs: Runs
  readonly versions: Versions
  readonly drawings: Drawings
  readonly settings: Settings

  private constructor(
    readonly file: string,
    private readonly db: Database.Database
  ) {
    this.log = new ChangeLog(db)
    this.settings = new Settings(db)
    this.runs = new Runs(db, this.log, file)
    this.versions = new Versions(db, this.log, this.runs, this.settings)
    this.drawings = new Drawings(db, this.log)
  }

  static open(file: string, options: StoreOptions = {}): Store {
    return new Store(file, openDatabase(file, options))
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
    return this.log.onChange(listener)
  }

  /** Runs `work` in one transaction, announced as one change once it commits. */
  transaction<T>(work: () => T): T {
    return this.log.transaction(work)
  }

  size(): StoreSize {
    return storeSize(this.db, this.file)
  }
}
