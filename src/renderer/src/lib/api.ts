import type { Channel, EventMap, EventName, ResultOf } from '../../../shared/ipc/contract'
import type { ErrorCode } from '../../../shared/ipc/types'
import type { InvokeArgs } from '../../../shared/ipc/window-api'

/** The renderer's only reader of `window.api`: unwraps the envelope, so failures become thrown errors. */
export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
}

export async function call<C extends Channel>(channel: C, ...args: InvokeArgs<C>): Promise<ResultOf<C>> {
  const answer = await window.api.invoke(channel, ...args)
  if (!answer.ok) throw new ApiError(answer.error.code, answer.error.message)
  return answer.value
}

export function on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  return window.api.on(event, listener)
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
