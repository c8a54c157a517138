/**
 * The inner loops of training and evaluation. Eight outputs at a time accumulate in local variables,
 * which V8 keeps in registers: about three times faster than `z[j] += …` through memory (measured:
 * 10 000 sparse first-layer passes in 17 ms instead of 48 ms). Weights are transposed, [in][out].
 */

type Vec = Float64Array

/** z = b + Σ_p values[p] · wt[indices[p]] over the entries start … end − 1 of a sparse input. */
export function sparseAffine(
  z: Vec, b: Vec, wt: Vec, out: number,
  indices: Uint16Array, values: Float32Array, start: number, end: number
): void {
  let j = 0
  for (; j + 8 <= out; j += 8) {
    let a0 = b[j], a1 = b[j + 1], a2 = b[j + 2], a3 = b[j + 3], a4 = b[j + 4], a5 = b[j + 5], a6 = b[j + 6], a7 = b[j + 7]
    for (let p = start; p < end; p++) {
      const x = values[p]
      const r = indices[p] * out + j
      a0 += x * wt[r]; a1 += x * wt[r + 1]; a2 += x * wt[r + 2]; a3 += x * wt[r + 3]
      a4 += x * wt[r + 4]; a5 += x * wt[r + 5]; a6 += x * wt[r + 6]; a7 += x * wt[r + 7]
    }
    z[j] = a0; z[j + 1] = a1; z[j + 2] = a2; z[j + 3] = a3; z[j + 4] = a4; z[j + 5] = a5; z[j + 6] = a6; z[j + 7] = a7
  }
  for (; j < out; j++) {
    let acc = b[j]
    for (let p = start; p < end; p++) acc += values[p] * wt[indices[p] * out + j]
    z[j] = acc
  }
}

/** z = b + Σ_k a[k] · wt[k]: a dense layer; inactive (zero) inputs are skipped. */
export function denseAffine(z: Vec, b: Vec, wt: Vec, inSize: number, out: number, a: Vec): void {
  let j = 0
  for (; j + 8 <= out; j += 8) {
    let a0 = b[j], a1 = b[j + 1], a2 = b[j + 2], a3 = b[j + 3], a4 = b[j + 4], a5 = b[j + 5], a6 = b[j + 6], a7 = b[j + 7]
    for (let k = 0; k < inSize; k++) {
      const x = a[k]
      if (x === 0) continue
      const r = k * out + j
      a0 += x * wt[r]; a1 += x * wt[r + 1]; a2 += x * wt[r + 2]; a3 += x * wt[r + 3]
      a4 += x * wt[r + 4]; a5 += x * wt[r + 5]; a6 += x * wt[r + 6]; a7 += x * wt[r + 7]
    }
    z[j] = a0; z[j + 1] = a1; z[j + 2] = a2; z[j + 3] = a3; z[j + 4] = a4; z[j + 5] = a5; z[j + 6] = a6; z[j + 7] = a7
  }
  for (; j < out; j++) {
    let acc = b[j]
    for (let k = 0; k < inSize; k++) acc += a[k] * wt[k * out + j]
    z[j] = acc
  }
}

/** g[indices[p]] += values[p] · δ for each inked pixel: the first layer's weight gradient. */
export function sparseOuterAdd(
  g: Vec, out: number, delta: Vec,
  indices: Uint16Array, values: Float32Array, start: number, end: number
): void {
  let j = 0
  for (; j + 8 <= out; j += 8) {
    const d0 = delta[j], d1 = delta[j + 1], d2 = delta[j + 2], d3 = delta[j + 3]
    const d4 = delta[j + 4], d5 = delta[j + 5], d6 = delta[j + 6], d7 = delta[j + 7]
    for (let p = start; p < end; p++) {
      const x = values[p]
      const r = indices[p] * out + j
      g[r] += x * d0; g[r + 1] += x * d1; g[r + 2] += x * d2; g[r + 3] += x * d3
      g[r + 4] += x * d4; g[r + 5] += x * d5; g[r + 6] += x * d6; g[r + 7] += x * d7
    }
  }
  for (; j < out; j++) {
    const d = delta[j]
    for (let p = start; p < end; p++) g[indices[p] * out + j] += values[p] * d
  }
}
