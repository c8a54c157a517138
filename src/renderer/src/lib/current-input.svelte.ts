import type { DigitSample } from '../../../shared/ipc/types'

/** What the Draw view is reading now, shared with the comparison; and a test image sent to the Draw view. */
export class CurrentInput {
  input = $state.raw<Float32Array | null>(null)
  /** A test image another view asked the Draw view to load. */
  incoming = $state.raw<DigitSample | null>(null)
}
