// The forward pass: an image through the network, and its cost.
import { CostCode, HiddenCode, LayerField, OutputCode } from './layout'
import { at, costKind, field, hiddenKind, indices, layerCount, offsets, outputKind, values } from './state'

const TINY: f64 = 1e-12


/** z = b + Σ_p values[p] · W[indices[p]] over image i's inked pixels, eight, four, then one f32x4 at a time. */
function sparseAffine(i: i32, z: usize, b: usize, w: usize, stride: i32): void {
  const start = load<u32>(offsets + (<usize>i << 2))
  const end = load<u32>(offsets + (<usize>(i + 1) << 2))
  const rowBytes = <usize>stride << 2
  let j: usize = 0
  const bytes = rowBytes
  for (; j + 128 <= bytes; j += 128) {
    let a0 = v128.load(b + j), a1 = v128.load(b + j, 16), a2 = v128.load(b + j, 32), a3 = v128.load(b + j, 48)
    let a4 = v128.load(b + j, 64), a5 = v128.load(b + j, 80), a6 = v128.load(b + j, 96), a7 = v128.load(b + j, 112)
    for (let p = start; p < end; p++) {
      const x = f32x4.splat(load<f32>(values + (<usize>p << 2)))
      const row = w + <usize>load<u16>(indices + (<usize>p << 1)) * rowBytes + j
      a0 = f32x4.add(a0, f32x4.mul(x, v128.load(row)))
      a1 = f32x4.add(a1, f32x4.mul(x, v128.load(row, 16)))
      a2 = f32x4.add(a2, f32x4.mul(x, v128.load(row, 32)))
      a3 = f32x4.add(a3, f32x4.mul(x, v128.load(row, 48)))
      a4 = f32x4.add(a4, f32x4.mul(x, v128.load(row, 64)))
      a5 = f32x4.add(a5, f32x4.mul(x, v128.load(row, 80)))
      a6 = f32x4.add(a6, f32x4.mul(x, v128.load(row, 96)))
      a7 = f32x4.add(a7, f32x4.mul(x, v128.load(row, 112)))
    }
    v128.store(z + j, a0); v128.store(z + j, a1, 16); v128.store(z + j, a2, 32); v128.store(z + j, a3, 48)
    v128.store(z + j, a4, 64); v128.store(z + j, a5, 80); v128.store(z + j, a6, 96); v128.store(z + j, a7, 112)
  }
  for (; j + 64 <= bytes; j += 64) {
    let a0 = v128.load(b + j), a1 = v128.load(b + j, 16), a2 = v128.load(b + j, 32), a3 = v128.load(b + j, 48)
    for (let p = start; p < end; p++) {
      const x = f32x4.splat(load<f32>(values + (<usize>p << 2)))
      const row = w + <usize>load<u16>(indices + (<usize>p << 1)) * rowBytes + j
      a0 = f32x4.add(a0, f32x4.mul(x, v128.load(row)))
      a1 = f32x4.add(a1, f32x4.mul(x, v128.load(row, 16)))
      a2 = f32x4.add(a2, f32x4.mul(x, v128.load(row, 32)))
      a3 = f32x4.add(a3, f32x4.mul(x, v128.load(row, 48)))
    }
    v128.store(z + j, a0); v128.store(z + j, a1, 16); v128.store(z + j, a2, 32); v128.store(z + j, a3, 48)
  }
  for (; j < bytes; j += 16) {
    let a0 = v128.load(b + j)
    for (let p = start; p < end; p++) {
      const x = f32x4.splat(load<f32>(values + (<usize>p << 2)))
      a0 = f32x4.add(a0, f32x4.mul(x, v128.load(w + <usize>load<u16>(indices + (<usize>p << 1)) * rowBytes + j)))
    }
    v128.store(z + j, a0)
  }
}

/**
 * z = b + Σ_k a[k] · W[k] over the inputs k in `active` (a count, then indices): the non-zero ones, so an
 * inactive ReLU costs nothing and no branch is taken per input.
 */
function denseAffine(z: usize, b: usize, w: usize, stride: i32, a: usize, active: usize): void {
  const rowBytes = <usize>stride << 2
  const first = active + 4
  const last = first + (<usize>load<u32>(active) << 2)
  let j: usize = 0
  for (; j + 128 <= rowBytes; j += 128) {
    let a0 = v128.load(b + j), a1 = v128.load(b + j, 16), a2 = v128.load(b + j, 32), a3 = v128.load(b + j, 48)
    let a4 = v128.load(b + j, 64), a5 = v128.load(b + j, 80), a6 = v128.load(b + j, 96), a7 = v128.load(b + j, 112)
    for (let t = first; t < last; t += 4) {
      const k = <usize>load<u32>(t)
      const x = f32x4.splat(load<f32>(a + (k << 2)))
      const row = w + k * rowBytes + j
      a0 = f32x4.add(a0, f32x4.mul(x, v128.load(row)))
      a1 = f32x4.add(a1, f32x4.mul(x, v128.load(row, 16)))
      a2 = f32x4.add(a2, f32x4.mul(x, v128.load(row, 32)))
      a3 = f32x4.add(a3, f32x4.mul(x, v128.load(row, 48)))
      a4 = f32x4.add(a4, f32x4.mul(x, v128.load(row, 64)))
      a5 = f32x4.add(a5, f32x4.mul(x, v128.load(row, 80)))
      a6 = f32x4.add(a6, f32x4.mul(x, v128.load(row, 96)))
      a7 = f32x4.add(a7, f32x4.mul(x, v128.load(row, 112)))
    }
    v128.store(z + j, a0); v128.store(z + j, a1, 16); v128.store(z + j, a2, 32); v128.store(z + j, a3, 48)
    v128.store(z + j, a4, 64); v128.store(z + j, a5, 80); v128.store(z + j, a6, 96); v128.store(z + j, a7, 112)
  }
  for (; j + 64 <= rowBytes; j += 64) {
    let a0 = v128.load(b + j), a1 = v128.load(b + j, 16), a2 = v128.load(b + j, 32), a3 = v128.load(b + j, 48)
    for (let t = first; t < last; t += 4) {
      const k = <usize>load<u32>(t)
      const x = f32x4.splat(load<f32>(a + (k << 2)))
      const row = w + k * rowBytes + j
      a0 = f32x4.add(a0, f32x4.mul(x, v128.load(row)))
      a1 = f32x4.add(a1, f32x4.mul(x, v128.load(row, 16)))
      a2 = f32x4.add(a2, f32x4.mul(x, v128.load(row, 32)))
      a3 = f32x4.add(a3, f32x4.mul(x, v128.load(row, 48)))
    }
    v128.store(z + j, a0); v128.store(z + j, a1, 16); v128.store(z + j, a2, 32); v128.store(z + j, a3, 48)
  }
  for (; j < rowBytes; j += 16) {
    let a0 = v128.load(b + j)
    for (let t = first; t < last; t += 4) {
      const k = <usize>load<u32>(t)
      a0 = f32x4.add(a0, f32x4.mul(f32x4.splat(load<f32>(a + (k << 2))), v128.load(w + k * rowBytes + j)))
    }
    v128.store(z + j, a0)
  }
}

/** Lists the indices of a's non-zero entries (NaN counts as non-zero), without a branch per entry. */
function listActive(a: usize, n: i32, active: usize): void {
  let count: u32 = 0
  for (let k = 0; k < n; k++) {
    store<u32>(active + 4 + (<usize>count << 2), k)
    count += load<f32>(a + (<usize>k << 2)) != 0 ? 1 : 0
  }
  store<u32>(active, count)
}

@inline function sigmoid(z: f32): f32 {
  return 1 / (1 + Mathf.exp(-z))
}

function activateHidden(z: usize, a: usize, n: i32): void {
  if (hiddenKind == HiddenCode.Sigmoid) {
    for (let j = 0; j < n; j++) store<f32>(a + (<usize>j << 2), sigmoid(load<f32>(z + (<usize>j << 2))))
  } else if (hiddenKind == HiddenCode.Relu) {
    // pmax(0, z) = 0 < z ? z : 0, so NaN gives 0 as `z > 0 ? z : 0` does; padding stays 0.
    const zero = f32x4.splat(0)
    const bytes = <usize>((n + 3) & ~3) << 2
    for (let j: usize = 0; j < bytes; j += 16) v128.store(a + j, f32x4.pmax(zero, v128.load(z + j)))
  } else {
    for (let j = 0; j < n; j++) store<f32>(a + (<usize>j << 2), Mathf.tanh(load<f32>(z + (<usize>j << 2))))
  }
}

function activateOutput(z: usize, a: usize, n: i32): void {
  if (outputKind == OutputCode.Sigmoid) {
    for (let j = 0; j < n; j++) store<f32>(a + (<usize>j << 2), sigmoid(load<f32>(z + (<usize>j << 2))))
    return
  }
  let max: f32 = -Infinity
  for (let j = 0; j < n; j++) max = Mathf.max(max, load<f32>(z + (<usize>j << 2)))
  let sum: f32 = 0
  for (let j = 0; j < n; j++) {
    const e = Mathf.exp(load<f32>(z + (<usize>j << 2)) - max)
    store<f32>(a + (<usize>j << 2), e)
    sum += e
  }
  const inverse: f32 = 1 / sum
  for (let j = 0; j < n; j++) store<f32>(a + (<usize>j << 2), load<f32>(a + (<usize>j << 2)) * inverse)
}

/** Image i through the whole network; the output activations are left in the last layer's a. */
export function forward(i: i32): void {
  sparseAffine(i, at(1, LayerField.Z), at(1, LayerField.B), at(1, LayerField.W), field(1, LayerField.Stride))
  for (let l = 1; l <= layerCount; l++) {
    if (l > 1) denseAffine(at(l, LayerField.Z), at(l, LayerField.B), at(l, LayerField.W), field(l, LayerField.Stride), at(l - 1, LayerField.A), at(l - 1, LayerField.Active))
    if (l == layerCount) activateOutput(at(l, LayerField.Z), at(l, LayerField.A), field(l, LayerField.Out))
    else {
      activateHidden(at(l, LayerField.Z), at(l, LayerField.A), field(l, LayerField.Out))
      listActive(at(l, LayerField.A), field(l, LayerField.Out), at(l, LayerField.Active))
    }
  }
}

export function sampleCost(a: usize, n: i32, label: i32): f64 {
  let c: f64 = 0
  if (costKind == CostCode.Quadratic) {
    for (let j = 0; j < n; j++) {
      const d = <f64>load<f32>(a + (<usize>j << 2)) - (j == label ? 1.0 : 0.0)
      c += d * d
    }
    return c / 2
  }
  if (outputKind != OutputCode.Sigmoid) return -Math.log(Math.max(<f64>load<f32>(a + (<usize>label << 2)), TINY))
  for (let j = 0; j < n; j++) {
    const v = <f64>load<f32>(a + (<usize>j << 2))
    c -= j == label ? Math.log(Math.max(v, TINY)) : Math.log(Math.max(1 - v, TINY))
  }
  return c
}
