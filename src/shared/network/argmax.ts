/**
 * The index of the largest value — the brightest output neuron, the network's answer. NaN never wins
 * (a diverged network must not appear to answer 0); -1 when no value is a number at all. Ties go to the
 * first, as numpy's argmax does.
 */
export function argmax(values: ArrayLike<number>): number {
  let best = -1
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (value === value && (best === -1 || value > values[best])) best = i
  }
  return best
}
