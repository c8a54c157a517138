/**
 * For every neuron of a layer, its `count` strongest inputs for the current activations of the layer
 * before: the k with the largest |w_jk · a_k| (zero inputs never count). Runs on every stroke for the
 * network diagram, so it visits only the inputs that are not zero and keeps each neuron's best in place,
 * without sorting or allocating per input.
 *
 * weights: [out][in], row-major; returns parallel arrays of (j, k, w_jk · a_k), neuron by neuron.
 */
export function strongestInputs(weights: Float32Array, a: ArrayLike<number>, outSize: number, count: number): { j: Int32Array; k: Int32Array; v: Float32Array } {
  const inSize = a.length
  const active: number[] = []
  for (let k = 0; k < inSize; k++) if (a[k] !== 0) active.push(k)
  const js = new Int32Array(outSize * count).fill(-1)
  const ks = new Int32Array(outSize * count)
  const vs = new Float32Array(outSize * count)
  for (let j = 0; j < outSize; j++) {
    const row = j * inSize
    const base = j * count
    let kept = 0
    for (const k of active) {
      const v = weights[row + k] * a[k]
      const size = Math.abs(v)
      if (v === 0 || (kept === count && size <= Math.abs(vs[base + count - 1]))) continue
      // Insert in order of |v|, largest first, dropping the smallest when full.
      let at = kept < count ? kept++ : count - 1
      while (at > 0 && Math.abs(vs[base + at - 1]) < size) {
        vs[base + at] = vs[base + at - 1]
        ks[base + at] = ks[base + at - 1]
        at--
      }
      vs[base + at] = v
      ks[base + at] = k
    }
    for (let i = 0; i < kept; i++) js[base + i] = j
  }
  return { j: js, k: ks, v: vs }
}
