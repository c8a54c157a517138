import type { ApiFailure, ErrorCode, ErrorReason } from '../../../shared/ipc/types'

/**
 * An error whose message is meant for the user as it stands; `code` lets callers react without parsing text,
 * and `reason` lets the UI say it in its own language.
 */
export class DigitscopeError extends Error {
  override name = 'DigitscopeError'
  readonly reason: ErrorReason | undefined
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; reason?: ErrorReason }
  ) {
    super(message, options)
    this.reason = options?.reason
  }
}

/** What an IPC call answers for a known failure: its code, its English message, and its reason if it has one. */
export function failureOf(error: DigitscopeError): ApiFailure {
  return { code: error.code, message: error.message, ...(error.reason && { reason: error.reason }) }
}
