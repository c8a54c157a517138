import type { ArgOf, Channel, EventMap, EventName, ResultOf } from './contract'
import type { Envelope } from './types'

/** Arguments of `invoke`: none for a channel whose argument is `undefined`, else exactly one. */
export type InvokeArgs<C extends Channel> = undefined extends ArgOf<C> ? [] : [arg: ArgOf<C>]

/** What the preload exposes as `window.api` (and the e2e harness stands in for). */
export interface DigitscopeApi {
  invoke<C extends Channel>(channel: C, ...args: InvokeArgs<C>): Promise<Envelope<ResultOf<C>>>
  /** Subscribes to an event from main; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void
}
