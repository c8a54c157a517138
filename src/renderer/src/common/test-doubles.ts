import { vi } from 'vitest'
import type { Channel, EventMap, EventName, ResultOf } from '../../../shared/ipc/contract'
import type { RunSummary, VersionSummary } from '../../../shared/ipc/types'

/**
 * A stand-in for common/api.ts in unit tests (vitest has no window.api): `call` answers with what a test
 * queues per channel, `emit` delivers an event to what `on` subscribed. Use with
 * `vi.mock('./api', () => import('./test-doubles').then((d) => d.apiDouble()))`.
 */
export function apiDouble() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const answers = new Map<string, Array<() => Promise<unknown>>>()
  const call = vi.fn(async (channel: string, ...args: unknown[]) => {
    const next = answers.get(channel)?.shift()
    if (!next) throw new Error(`no answer queued for ${channel} ${JSON.stringify(args)}`)
    return next()
  })
  return {
    call,
    messageOf: (error: unknown) => (error instanceof Error ? error.message : String(error)),
    on: (event: string, listener: (payload: unknown) => void) => {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event)!.add(listener)
      return () => listeners.get(event)!.delete(listener)
    },
    /** Queues the answer of the next call on `channel`: a value, or a promise the test settles when it likes. */
    answer<C extends Channel>(channel: C, value: ResultOf<C> | Promise<ResultOf<C>>): void {
      if (!answers.has(channel)) answers.set(channel, [])
      answers.get(channel)!.push(() => Promise.resolve(value))
    },
    emit<E extends EventName>(event: E, payload: EventMap[E]): void {
      listeners.get(event)?.forEach((listener) => listener(payload))
    },
    reset(): void {
      listeners.clear()
      answers.clear()
      call.mockClear()
    }
  }
}

export type ApiDouble = ReturnType<typeof apiDouble>

/** A promise and the functions that settle it, for answers that arrive when a test says so. */
export function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

/** A run's summary as runs:list gives it: two epochs, the last the best, unless `extra` says otherwise. */
export function runSummary(runId: number, extra: Partial<RunSummary> = {}): RunSummary {
  return {
    runId,
    name: `run ${runId}`,
    status: 'completed',
    preset: 'classic',
    layers: [784, 16, 16, 10],
    eta: 3,
    batchSize: 10,
    parentVersionId: null,
    createdAt: '2026-01-01T00:00:00Z',
    error: null,
    epochs: 2,
    last: { versionId: runId * 10 + 2, epoch: 2, name: null, testAccuracy: 0.9 },
    best: { versionId: runId * 10 + 2, epoch: 2, name: null, testAccuracy: 0.9 },
    ...extra
  }
}

/** A version with only what lists of epochs are keyed and ordered by. */
export function versionSummary(versionId: number, runId: number, epoch: number): VersionSummary {
  return { versionId, runId, epoch } as VersionSummary
}
