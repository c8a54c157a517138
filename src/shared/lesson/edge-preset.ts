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

/**
 * Step 5's four test images (indices into MNIST's test set), of different shapes in the upper middle: a 7 whose
 * bar sits on the preset's band, a thin 1, a 4 open at the top and a 6 that starts top left. With the preset the
 * 7 wins clearly, as the preset's label promises (edge-preset.test.ts checks it). The first 7 of the test set
 * would not: its bar lies two rows lower, across the preset's negative row, and a 0 with a flat top beats it.
 */
export const EDGE_CANDIDATES = [34, 2, 4, 11] as const
