import type { ErrorCode } from '../../shared/ipc/types'

/** An error whose message is meant for the user as it stands; `code` lets callers react without parsing text. */
export class DigitscopeError extends Error {
  override name = 'DigitscopeError'
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}
