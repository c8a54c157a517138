import { closeSync, constants, existsSync, fstatSync, fsyncSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { ErrorReason, FileProblem } from '../../../shared/ipc/types'
import { DigitscopeError } from './errors'

/** What a path is, when it is not a plain file: said in a refusal. */
function kindOfPath(file: string): string | undefined {
  let stat
  try {
    stat = statSync(file, { throwIfNoEntry: false })
  } catch {
    return undefined // not reachable (a path through a file, no permission): the caller's own checks say so
  }
  if (!stat || stat.isFile()) return undefined
  if (stat.isDirectory()) return 'a folder'
  if (stat.isFIFO()) return 'a named pipe'
  if (stat.isSocket()) return 'a socket'
  return 'a device or other special file'
}

/** A path as a message names it: a very long one is shortened in the middle. */
function shortPath(file: string): string {
  return file.length > 300 ? `${file.slice(0, 140)}…${file.slice(-140)}` : file
}

/** A file system error code: the reason the UI words in its own language, and main's English words for it. */
const PROBLEMS: Record<string, [FileProblem, string]> = {
  ENOENT: ['missing', 'no such file'],
  ENOTDIR: ['path-not-folder', 'a part of the path is not a folder'],
  ELOOP: ['link-loop', 'its links go round in a loop'],
  ENAMETOOLONG: ['name-too-long', 'the name is too long'],
  EACCES: ['permission', 'permission denied'],
  EPERM: ['permission', 'permission denied']
}

/**
 * A file to read whole: it must be a regular file of at most `maxBytes`. Opened without blocking and
 * checked through the open descriptor, so a pipe swapped in after a check cannot make the read hang.
 */
export function readRegularFile(file: string, what: string, maxBytes: number): Uint8Array {
  const cannot = (why: string, reason: ErrorReason) => new DigitscopeError('invalid-argument', `Cannot read ${shortPath(file)}: ${why}.`, { reason })
  const unreadable = (code: string, otherwise: string) =>
    cannot(PROBLEMS[code]?.[1] ?? (code || otherwise), { key: 'file-unreadable', file: shortPath(file), problem: PROBLEMS[code]?.[0] ?? 'other' })
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    throw unreadable(code, 'it cannot be opened')
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) {
      const [kind, problem]: [string, FileProblem] = stat.isDirectory() ? ['a folder', 'folder'] : stat.isFIFO() ? ['a named pipe', 'pipe'] : ['a device or other special file', 'device']
      throw cannot(`it is ${kind}, not ${what}`, { key: 'file-unreadable', file: shortPath(file), problem })
    }
    if (stat.size > maxBytes) {
      const [megabytes, limitMegabytes] = [Math.round(stat.size / 1e5) / 10, maxBytes / 1e6]
      throw cannot(`it is ${megabytes.toFixed(1)} MB; ${what} is at most ${limitMegabytes} MB`, { key: 'file-too-big', file: shortPath(file), megabytes, limitMegabytes })
    }
    const bytes = new Uint8Array(stat.size)
    let read = 0
    while (read < bytes.length) {
      const got = readSync(fd, bytes, read, bytes.length - read, read)
      if (got === 0) break
      read += got
    }
    return bytes.subarray(0, read)
  } catch (error) {
    if (error instanceof DigitscopeError) throw error
    throw unreadable((error as NodeJS.ErrnoException).code ?? '', (error as Error).message)
  } finally {
    closeSync(fd)
  }
}

/** The database path must be a regular file or nothing yet: a folder, pipe or device is refused, never opened. */
export function checkDatabasePath(file: string): void {
  const kind = kindOfPath(file)
  if (kind) {
    throw new DigitscopeError('foreign-database', `${file} is ${kind}, not a database file. Digitscope needs a file, or a path where it can create one.`)
  }
}

/** The real path; for a file not made yet, its folder's real path and its name (a linked folder is seen through). */
function realPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path))
    } catch {
      return resolve(path)
    }
  }
}

function samePath(a: string, b: string): boolean {
  return realPath(a) === realPath(b)
}

/**
 * Writes an export: never over the database or its -wal/-shm, never over an existing file unless
 * `force`, and atomically — into a temporary file beside it, synced, then renamed — so a crash or a full
 * disk leaves either the old file or the new one, never half of one.
 */
export function writeExport(out: string, data: Uint8Array | string, options: { databaseFile: string; force: boolean }): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (samePath(out, `${options.databaseFile}${suffix}`)) {
      throw new DigitscopeError('invalid-argument', `Refusing to write over ${out}: it is Digitscope's database${suffix ? ` (${suffix.slice(1)} file)` : ''}. Choose another file.`)
    }
  }
  const kind = kindOfPath(out)
  if (kind) throw new DigitscopeError('invalid-argument', `Cannot write ${out}: it is ${kind}.`)
  if (existsSync(out) && !options.force) throw new DigitscopeError('invalid-argument', `${out} already exists; add --force to replace it.`)
  // A short name: the export's own may already be as long as a file name can be.
  const temporary = join(dirname(resolve(out)), `.digitscope-${process.pid}-${Date.now().toString(36)}.partial`)
  try {
    const fd = openSync(temporary, 'wx')
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, out)
  } catch (error) {
    try {
      rmSync(temporary, { force: true })
    } catch {
      // the folder itself is unusable: nothing was left there
    }
    const code = (error as NodeJS.ErrnoException).code ?? ''
    throw new DigitscopeError('invalid-argument', `Cannot write ${shortPath(out)}: ${PROBLEMS[code]?.[1] ?? (code || (error as Error).message)}.`, { cause: error })
  }
}
