import * as v from 'valibot'
import { contract, isChannel, type Channel, type CheckedArgOf } from './contract'
import type { ApiFailure } from './types'

export type Checked<C extends Channel> = { ok: true; channel: C; arg: CheckedArgOf<C> } | { ok: false; error: ApiFailure }

/** Checks a call from the renderer before anything acts on it; the message names the channel and the field. */
export function checkCall(channel: unknown, arg: unknown): Checked<Channel> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel ${describe(channel)}.` } }
  }
  const parsed = v.safeParse(contract[channel].args as v.GenericSchema, arg)
  if (parsed.success) return { ok: true, channel, arg: parsed.output as CheckedArgOf<Channel> }
  const problems = parsed.issues.map((issue) => {
    const path = v.getDotPath(issue)
    return path ? `${path}: ${issue.message}` : issue.message
  })
  return {
    ok: false,
    error: { code: 'invalid-argument', message: `Invalid argument for ${channel}: ${problems.join('; ')}.` }
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
  return `of type ${value === null ? 'null' : typeof value}`
}
