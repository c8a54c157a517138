import * as v from 'valibot'
import { contract, isChannel, type Channel, type CheckedArgOf } from './contract'
import type { ApiFailure } from './types'

const MAX_PROBLEMS = 3

export type Checked<C extends Channel> = { ok: true; channel: C; arg: CheckedArgOf<C> } | { ok: false; error: ApiFailure }

/** Checks a call from the renderer before anything acts on it; the message names the channel and the field. */
export function checkCall(channel: unknown, arg: unknown): Checked<Channel> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel ${describe(channel)}.` } }
  }
  const parsed = v.safeParse(contract[channel].args as v.GenericSchema, arg)
  if (parsed.success) return { ok: true, channel, arg: parsed.output as CheckedArgOf<Channel> }
  const problems = parsed.issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const path = v.getDotPath(issue)
    // Schema defaults quote the received value: keep a huge one from coming back whole.
    const message = issue.message.length > 160 ? `${issue.message.slice(0, 160)}…` : issue.message
    return path ? `${path}: ${message}` : message
  })
  // A 100 000-element array of wrong values must not come back as a 100 000-line message.
  const more = parsed.issues.length > MAX_PROBLEMS ? `; and ${parsed.issues.length - MAX_PROBLEMS} more` : ''
  return {
    ok: false,
    error: { code: 'invalid-argument', message: `Invalid argument for ${channel}: ${problems.join('; ')}${more}.` }
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
  return `of type ${value === null ? 'null' : typeof value}`
}
