import * as v from 'valibot'
import { contract, isChannel, type Channel, type CheckedArgOf } from './contract'
import type { ApiFailure } from './types'

const MAX_PROBLEMS = 3
/** No channel takes a list longer than this (the longest are 784 pixels or weights); typed arrays (file bytes) are not lists. */
const MAX_ARRAY = 10_000

/** The length of the longest plain array anywhere in the argument, looked at without recursion. */
function largestArray(arg: unknown): number {
  let largest = 0
  const stack: unknown[] = [arg]
  for (let seen = 0; stack.length > 0 && seen < 100_000; seen++) {
    const value = stack.pop()
    if (Array.isArray(value)) {
      largest = Math.max(largest, value.length)
      if (value.length > MAX_ARRAY) return largest
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item)
    } else if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
      for (const item of Object.values(value)) if (typeof item === 'object' && item !== null) stack.push(item)
    }
  }
  return largest
}

export type Checked<C extends Channel> = { ok: true; channel: C; arg: CheckedArgOf<C> } | { ok: false; error: ApiFailure }

/** Checks a call from the renderer before anything acts on it; the message names the channel and the field. */
export function checkCall(channel: unknown, arg: unknown): Checked<Channel> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel ${describe(channel)}.` } }
  }
  const oversized = largestArray(arg)
  if (oversized > MAX_ARRAY) {
    return { ok: false, error: { code: 'invalid-argument', message: `Invalid argument for ${channel}: a list of ${oversized} items; no call takes more than ${MAX_ARRAY}.` } }
  }
  // abortEarly: a million wrong items must not become a million recorded issues (and gigabytes).
  const parsed = v.safeParse(contract[channel].args as v.GenericSchema, arg, { abortEarly: true })
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
