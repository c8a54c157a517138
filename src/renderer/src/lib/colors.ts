/**
 * Blue for positive, orange for negative: a pair that stays distinct for the common colour-vision
 * deficiencies (unlike red/green). Brightness encodes magnitude.
 */
export const POSITIVE = [90, 169, 255] as const
export const NEGATIVE = [255, 169, 77] as const

/** A colour for a signed value scaled to [-1, 1]. */
export function signedColor(value: number, alpha = 1): string {
  const t = Math.min(1, Math.abs(value))
  const [r, g, b] = value >= 0 ? POSITIVE : NEGATIVE
  const mix = (c: number) => Math.round(11 + (c - 11) * t)
  return `rgba(${mix(r)}, ${mix(g)}, ${mix(b)}, ${alpha})`
}

/** Activation in [0, 1] as a neuron's glow: dark when 0, white when 1. */
export function activationColor(a: number): string {
  const level = Math.round(30 + Math.min(1, Math.max(0, a)) * 225)
  return `rgb(${level}, ${level}, ${Math.min(255, level + 10)})`
}
