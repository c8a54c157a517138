/**
 * The lecture's example neuron: a short horizontal edge in the upper middle of the 28 × 28 image —
 * weight +1 on a band three pixels tall, −1 on a row just above and just below it, 0 elsewhere — so it
 * answers most to a bright band with dark around it. Row-major, 784 weights.
 */
export function edgePreset(): Float32Array {
  const side = 28
  const weights = new Float32Array(side * side)
  for (let col = 9; col <= 18; col++) {
    for (const row of [4, 10]) weights[row * side + col] = -1
    for (const row of [6, 7, 8]) weights[row * side + col] = 1
  }
  return weights
}
