import { DigitscopeError } from './errors'

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/**
 * Turns SQLite's and the file system's write failures into words a user can act on. `what` names what
 * could not be saved ("epoch 3", "this change"). Anything else comes back undefined for the caller to handle.
 */
export function explainStorageFailure(error: unknown, file: string, what: string): DigitscopeError | undefined {
  if (error instanceof DigitscopeError) return error
  const code = codeOf(error)
  if (!code) return undefined
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new DigitscopeError(
      'disk-full',
      `The disk is full, so ${what} could not be saved. Everything saved before is kept. Free some space on the disk that holds ${file}, then try again.`,
      { cause: error }
    )
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new DigitscopeError(
      'read-only',
      `The database ${file} is read-only, so ${what} could not be saved. Make the file and its folder writable (or move it to a writable disk), then try again.`,
      { cause: error }
    )
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new DigitscopeError('database', `The disk holding ${file} reported an error (${code}), so ${what} could not be saved. Everything saved before is kept.`, {
      cause: error
    })
  }
  return undefined
}
