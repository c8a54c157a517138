import { closeSync, existsSync, fsyncSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
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

/** A file to read must be a regular file of at most `maxBytes`; refused before anything opens it (a pipe would hang). */
export function checkReadableFile(file: string, what: string, maxBytes: number): void {
  const stat = statSync(file, { throwIfNoEntry: false })
  if (!stat) throw new DigitscopeError('invalid-argument', `Cannot read ${file}: no such file.`)
  const kind = kindOfPath(file)
  if (kind) throw new DigitscopeError('invalid-argument', `Cannot read ${file}: it is ${kind}, not ${what}.`)
  if (stat.size > maxBytes) {
    throw new DigitscopeError('invalid-argument', `Cannot read ${file}: it is ${(stat.size / 1e6).toFixed(1)} MB; ${what} is at most ${maxBytes / 1e6} MB.`)
  }
}

/** The database path must be a regular file or nothing yet: a folder, pipe or device is refused, never opened. */
export function checkDatabasePath(file: string): void {
  const kind = kindOfPath(file)
  if (kind) {
    throw new DigitscopeError('foreign-database', `${file} is ${kind}, not a database file. Digitscope needs a file, or a path where it can create one.`)
  }
}

/** The first `length` bytes of a file. */
export function readHead(file: string, length: number): Uint8Array {
  const fd = openSync(file, 'r')
  try {
    const bytes = new Uint8Array(length)
    return bytes.subarray(0, readSync(fd, bytes, 0, length, 0))
  } finally {
    closeSync(fd)
  }
}

function samePath(a: string, b: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path)
    } catch {
      return resolve(path)
    }
  }
  return real(a) === real(b)
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
  const temporary = join(dirname(resolve(out)), `.${basename(out)}.${process.pid}.partial`)
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
    rmSync(temporary, { force: true })
    throw new DigitscopeError('invalid-argument', `Cannot write ${out}: ${(error as Error).message}`, { cause: error })
  }
}
