import { existsSync, renameSync } from 'node:fs'

/**
 * Moves a database the app cannot use (damaged, or another program's) out of the way, with its WAL and
 * shared-memory files, so a fresh one can be created in its place and nothing is lost. Returns the
 * backup's path.
 */
export function setAsideDatabase(file: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const backup = `${file}.unusable-${stamp}`
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, backup + suffix)
  }
  return backup
}
