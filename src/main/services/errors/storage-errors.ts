import type { SaveTarget } from '../../../shared/ipc/types'
import { DigitscopeError } from './errors'

/** What could not be saved, as main's English messages name it. */
function described(target: SaveTarget): string {
  switch (target.kind) {
    case 'change':
      return 'this change'
    case 'database':
      return 'the database'
    case 'results':
      return 'the training results'
    case 'epoch':
      return `epoch ${target.epoch}`
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/**
 * Turns SQLite's and the file system's write failures into words a user can act on. `target` says what
 * could not be saved (epoch 3, this change). Anything else comes back undefined for the caller to handle.
 */
export function explainStorageFailure(error: unknown, file: string, target: SaveTarget): DigitscopeError | undefined {
  if (error instanceof DigitscopeError) return error
  const code = codeOf(error)
  if (!code) return undefined
  const what = described(target)
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new DigitscopeError(
      'disk-full',
      `The disk is full, so ${what} could not be saved. Everything saved before is kept. Free some space on the disk that holds ${file}, then try again.`,
      { cause: error, reason: { key: 'disk-full', file, target } }
    )
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new DigitscopeError(
      'read-only',
      `The database ${file} is read-only, so ${what} could not be saved. Make the file and its folder writable (or move it to a writable disk), then try again.`,
      { cause: error, reason: { key: 'read-only', file, target } }
    )
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new DigitscopeError('database', `The disk holding ${file} reported an error (${code}), so ${what} could not be saved. Everything saved before is kept.`, {
      cause: error,
      reason: { key: 'disk-error', file, target, code }
    })
  }
  return undefined
}
