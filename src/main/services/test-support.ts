import Database from 'better-sqlite3'
import { PRESETS } from '../../shared/training/presets'
import type { RunOrigin } from '../../shared/model/run-origin'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/** A fresh temporary folder per test, removed afterwards. */
export function useTempFolder(): () => string {
  const folders: string[] = []
  afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })))
  return () => {
    const folder = mkdtempSync(join(tmpdir(), 'digitscope-test-'))
    folders.push(folder)
    return folder
  }
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

export interface SmallDisk {
  folder: string
  /** Fills the disk until `leaveBytes` are free. */
  fill(leaveBytes: number): void
  free(): void
  readOnly(): void
  unmount(): void
}

/**
 * A real, tiny file system (tmpfs) to fill up or make read-only. Mounting needs root, as CI runs; the
 * string answer says why it could not be had, for the test's skip message.
 */
export function mountSmallDisk(bytes: number): SmallDisk | string {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'needs root on Linux to mount a small tmpfs (CI runs as root)'
  const folder = mkdtempSync(join(tmpdir(), 'digitscope-disk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', folder], { stdio: 'pipe' })
  } catch (error) {
    rmSync(folder, { recursive: true, force: true })
    return `could not mount a tmpfs here: ${(error as Error).message.split('\n')[0]}`
  }
  const filler = join(folder, 'filler')
  return {
    folder,
    fill(leaveBytes) {
      const { bavail, bsize } = statfsSync(folder)
      writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - leaveBytes)))
    },
    free: () => rmSync(filler, { force: true }),
    readOnly: () => execFileSync('mount', ['-o', 'remount,ro', folder], { stdio: 'pipe' }),
    unmount() {
      execFileSync('umount', ['-l', folder], { stdio: 'pipe' })
      rmSync(folder, { recursive: true, force: true })
    }
  }
}

/** A run's origin for tests that store runs by hand: trained with the classic preset. */
export const CLASSIC_ORIGIN: RunOrigin = { kind: 'trained', config: PRESETS.classic.config }

/** Reads a database file through a second, read-only connection, opened and closed for each look, as the sqlite3 shell would. */
export function inspectDatabase(file: string) {
  const look = <T>(read: (db: Database.Database) => T): T => {
    const db = new Database(file, { readonly: true, fileMustExist: true })
    try {
      return read(db)
    } finally {
      db.close()
    }
  }
  return {
    pragma: (name: string) => look((db) => db.pragma(name, { simple: true })),
    run: (runId: number) => look((db) => db.prepare('SELECT status, error FROM runs WHERE id = ?').get(runId) as { status: string; error: string | null } | undefined)
  }
}

/** Writes a settings row as raw text, through a second connection, as a newer app or a damaged file might have left it. */
export function writeSettingText(file: string, key: string, text: string): void {
  const db = new Database(file, { fileMustExist: true })
  try {
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, text)
  } finally {
    db.close()
  }
}
