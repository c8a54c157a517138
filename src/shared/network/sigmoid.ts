/**
 * The sigmoid, σ(z) = 1 / (1 + e^(−z)): squashes any weighted sum into 0…1 — very negative sums to about
 * 0, very positive ones to about 1, and 0 to exactly ½.
 */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

/** σ'(z), written with a = σ(z) as backpropagation has it: a(1 − a). */
export function sigmoidSlope(a: number): number {
  return a * (1 - a)
}
