import type { Channel, EventMap, EventName, ResultOf } from '../../../shared/ipc/contract'
import type { ErrorCode, ErrorReason } from '../../../shared/ipc/types'
import type { InvokeArgs } from '../../../shared/ipc/window-api'
import { t } from './i18n/i18n.svelte'

/** The renderer's only reader of `window.api`: unwraps the envelope, so failures become thrown errors. */
export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: ErrorReason
  ) {
    super(message)
  }
}

export async function call<C extends Channel>(channel: C, ...args: InvokeArgs<C>): Promise<ResultOf<C>> {
  const answer = await window.api.invoke(channel, ...args)
  if (!answer.ok) throw new ApiError(answer.error.code, answer.error.message, answer.error.reason)
  return answer.value
}

export function on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  return window.api.on(event, listener)
}

/** An error as the user reads it: main's message in English; in other languages its reason in their words. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return t().explain({ code: error.code, message: error.message, reason: error.reason })
  return error instanceof Error ? error.message : String(error)
}
