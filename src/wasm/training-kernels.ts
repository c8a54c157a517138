// AssemblyScript, compiled to WebAssembly SIMD128 by scripts/build/wasm-kernels.ts (not TypeScript: see
// docs/kernels.md). The whole mini-batch — forward, backpropagation and the update — runs here, so the
// JavaScript side makes one call per batch. Everything is float32, four lanes per f32x4.
//
// Memory is laid out by the JavaScript side (src/shared/nn/wasm-trainer.ts); this module keeps no heap.
// Per weight layer l = 1 … L a table row of LAYER_FIELDS i32 holds: inputs, outputs, stride (outputs
// rounded up to 4), and the addresses of W (transposed, [in][stride]), b, vW, vb (momentum), gW, gb
// (gradient sums), z, a, δ, and the list of a's non-zero entries (a count, then their indices). Padding columns of W, b, z, a and δ are zero and stay zero.

const LAYER_FIELDS: i32 = 13
const F_IN = 0, F_OUT = 1, F_STRIDE = 2, F_W = 3, F_B = 4, F_VW = 5, F_VB = 6, F_GW = 7, F_GB = 8, F_Z = 9, F_A = 10, F_D = 11, F_ACTIVE = 12

const SIGMOID = 0, RELU = 1 // hidden: 2 is tanh; output: 0 sigmoid, 1 softmax
const QUADRATIC = 0
const TINY: f64 = 1e-12
/**
 * From this many outputs per first-layer row, grouping the batch's pixels pays for itself (measured: wide,
 * 128, 7 % faster; classic and modern, 16, 15–30 % slower).
 */
const GROUP_FROM: i32 = 64

let layerCount: i32 = 0
let table: usize = 0
let hiddenKind: i32 = 0
let outputKind: i32 = 0
let costKind: i32 = 0
/** δ¹ of each sample of the batch so far ([sample][stride₁]) and the image each came from. */
let batchDelta1: usize = 0
let batchImages: usize = 0
let batchCapacity: i32 = 0
let batchFill: i32 = 0
/** Each sample's δ¹ goes straight into gW¹ (a batch larger than the buffer). */
let denseFirstGradient: bool = false
/** Scratch for grouping the batch's inked pixels by pixel: a count per input, then (slot, value) pairs. */
let pixelCounts: usize = 0
let pixelEntries: usize = 0

let offsets: usize = 0
let indices: usize = 0
let values: usize = 0
let labels: usize = 0

export function heapBase(): usize {
  return __heap_base
}

/** From how many first-layer outputs the batch's pixels are grouped: then no dense gradient gW¹ is needed. */
export function groupedFrom(): i32 {
  return GROUP_FROM
}

export function configure(layers: i32, tableAt: usize, hidden: i32, output: i32, cost: i32, delta1At: usize, imagesAt: usize, capacity: i32, dense: bool, countsAt: usize, entriesAt: usize): void {
  pixelCounts = countsAt
  pixelEntries = entriesAt
  layerCount = layers
  table = tableAt
  hiddenKind = hidden
  outputKind = output
  costKind = cost
  batchDelta1 = delta1At
  batchImages = imagesAt
  batchCapacity = capacity
  denseFirstGradient = dense
  batchFill = 0
}

export function useImages(offsetsAt: usize, indicesAt: usize, valuesAt: usize, labelsAt: usize): void {
  offsets = offsetsAt
  indices = indicesAt
  values = valuesAt
  labels = labelsAt
}

@inline function field(l: i32, f: i32): i32 {
  return load<i32>(table + (<usize>((l - 1) * LAYER_FIELDS + f) << 2))
}
@inline function at(l: i32, f: i32): usize {
  return <usize>field(l, f)
}

// ---- forward -------------------------------------------------------------------------------------------

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
  if (hiddenKind == SIGMOID) {
    for (let j = 0; j < n; j++) store<f32>(a + (<usize>j << 2), sigmoid(load<f32>(z + (<usize>j << 2))))
  } else if (hiddenKind == RELU) {
    // pmax(0, z) = 0 < z ? z : 0, so NaN gives 0 as `z > 0 ? z : 0` does; padding stays 0.
    const zero = f32x4.splat(0)
    const bytes = <usize>((n + 3) & ~3) << 2
    for (let j: usize = 0; j < bytes; j += 16) v128.store(a + j, f32x4.pmax(zero, v128.load(z + j)))
  } else {
    for (let j = 0; j < n; j++) store<f32>(a + (<usize>j << 2), Mathf.tanh(load<f32>(z + (<usize>j << 2))))
  }
}

function activateOutput(z: usize, a: usize, n: i32): void {
  if (outputKind == SIGMOID) {
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
function forward(i: i32): void {
  sparseAffine(i, at(1, F_Z), at(1, F_B), at(1, F_W), field(1, F_STRIDE))
  for (let l = 1; l <= layerCount; l++) {
    if (l > 1) denseAffine(at(l, F_Z), at(l, F_B), at(l, F_W), field(l, F_STRIDE), at(l - 1, F_A), at(l - 1, F_ACTIVE))
    if (l == layerCount) activateOutput(at(l, F_Z), at(l, F_A), field(l, F_OUT))
    else {
      activateHidden(at(l, F_Z), at(l, F_A), field(l, F_OUT))
      listActive(at(l, F_A), field(l, F_OUT), at(l, F_ACTIVE))
    }
  }
}

function sampleCost(a: usize, n: i32, label: i32): f64 {
  let c: f64 = 0
  if (costKind == QUADRATIC) {
    for (let j = 0; j < n; j++) {
      const d = <f64>load<f32>(a + (<usize>j << 2)) - (j == label ? 1.0 : 0.0)
      c += d * d
    }
    return c / 2
  }
  if (outputKind != SIGMOID) return -Math.log(Math.max(<f64>load<f32>(a + (<usize>label << 2)), TINY))
  for (let j = 0; j < n; j++) {
    const v = <f64>load<f32>(a + (<usize>j << 2))
    c -= j == label ? Math.log(Math.max(v, TINY)) : Math.log(Math.max(1 - v, TINY))
  }
  return c
}

// ---- backward ------------------------------------------------------------------------------------------

@inline function hiddenSlope(a: f32): f32 {
  if (hiddenKind == SIGMOID) return a * (1 - a)
  if (hiddenKind == RELU) return a > 0 ? 1 : 0
  return 1 - a * a
}

/** gb += δ over a whole (padded) layer. */
function addInto(g: usize, d: usize, stride: i32): void {
  const bytes = <usize>stride << 2
  for (let j: usize = 0; j < bytes; j += 16) v128.store(g + j, f32x4.add(v128.load(g + j), v128.load(d + j)))
}

/** g[indices[p]] += values[p] · δ for image i's inked pixels. */
function sparseOuterAdd(i: i32, g: usize, d: usize, stride: i32): void {
  const start = load<u32>(offsets + (<usize>i << 2))
  const end = load<u32>(offsets + (<usize>(i + 1) << 2))
  const rowBytes = <usize>stride << 2
  let j: usize = 0
  for (; j + 64 <= rowBytes; j += 64) {
    const d0 = v128.load(d + j), d1 = v128.load(d + j, 16), d2 = v128.load(d + j, 32), d3 = v128.load(d + j, 48)
    for (let p = start; p < end; p++) {
      const x = f32x4.splat(load<f32>(values + (<usize>p << 2)))
      const row = g + <usize>load<u16>(indices + (<usize>p << 1)) * rowBytes + j
      v128.store(row, f32x4.add(v128.load(row), f32x4.mul(x, d0)))
      v128.store(row, f32x4.add(v128.load(row, 16), f32x4.mul(x, d1)), 16)
      v128.store(row, f32x4.add(v128.load(row, 32), f32x4.mul(x, d2)), 32)
      v128.store(row, f32x4.add(v128.load(row, 48), f32x4.mul(x, d3)), 48)
    }
  }
  for (; j < rowBytes; j += 16) {
    const d0 = v128.load(d + j)
    for (let p = start; p < end; p++) {
      const x = f32x4.splat(load<f32>(values + (<usize>p << 2)))
      const row = g + <usize>load<u16>(indices + (<usize>p << 1)) * rowBytes + j
      v128.store(row, f32x4.add(v128.load(row), f32x4.mul(x, d0)))
    }
  }
}

/** Forward, then δ backwards, adding this sample's gradient to the sums; returns its cost. */
function backprop(i: i32): f64 {
  forward(i)
  const last = layerCount
  const n = field(last, F_OUT)
  const a = at(last, F_A)
  const d = at(last, F_D)
  const label = <i32>load<u8>(labels + <usize>i)
  const cost = sampleCost(a, n, label)
  for (let j = 0; j < n; j++) {
    const v = load<f32>(a + (<usize>j << 2))
    const diff = v - (j == label ? <f32>1 : <f32>0)
    store<f32>(d + (<usize>j << 2), costKind == QUADRATIC ? diff * v * (1 - v) : diff)
  }

  for (let l = last; l >= 2; l--) {
    const stride = field(l, F_STRIDE)
    const rowBytes = <usize>stride << 2
    const inputs = field(l, F_IN)
    const delta = at(l, F_D)
    const w = at(l, F_W)
    const gw = at(l, F_GW)
    const previous = at(l - 1, F_A)
    const deltaPrevious = at(l - 1, F_D)
    addInto(at(l, F_GB), delta, stride)
    // Through an inactive ReLU flows neither a gradient nor a δ: only the listed inputs are visited.
    const relu = hiddenKind == RELU
    const active = at(l - 1, F_ACTIVE)
    const visits = relu ? <i32>load<u32>(active) : inputs
    if (relu) memory.fill(deltaPrevious, 0, <usize>inputs << 2)
    for (let t = 0; t < visits; t++) {
      const k = relu ? <i32>load<u32>(active + 4 + (<usize>t << 2)) : t
      const ak = load<f32>(previous + (<usize>k << 2))
      const x = f32x4.splat(ak)
      const row = w + <usize>k * rowBytes
      const grow = gw + <usize>k * rowBytes
      let back = f32x4.splat(0)
      for (let j: usize = 0; j < rowBytes; j += 16) {
        const dj = v128.load(delta + j)
        back = f32x4.add(back, f32x4.mul(v128.load(row + j), dj))
        v128.store(grow + j, f32x4.add(v128.load(grow + j), f32x4.mul(x, dj)))
      }
      const sum = f32x4.extract_lane(back, 0) + f32x4.extract_lane(back, 1) + f32x4.extract_lane(back, 2) + f32x4.extract_lane(back, 3)
      store<f32>(deltaPrevious + (<usize>k << 2), sum * hiddenSlope(ak))
    }
  }

  const stride1 = field(1, F_STRIDE)
  addInto(at(1, F_GB), at(1, F_D), stride1)
  if (denseFirstGradient) sparseOuterAdd(i, at(1, F_GW), at(1, F_D), stride1)
  else {
    memory.copy(batchDelta1 + <usize>batchFill * (<usize>stride1 << 2), at(1, F_D), <usize>stride1 << 2)
    store<u32>(batchImages + (<usize>batchFill << 2), i)
    batchFill++
  }
  return cost
}

// ---- the update ----------------------------------------------------------------------------------------

/**
 * Applies the summed gradients of m samples: w ← decay·w − η/m·Σ∇ (plain) or v ← μv − η/m·Σ∇ − (1 − decay)·w,
 * w ← w + v (momentum), as the reference SgdTrainer does; then clears the sums.
 */
function step(m: i32, eta: f32, momentum: f32, decay: f32): void {
  const rate = f32x4.splat(eta / <f32>m)
  const decayV = f32x4.splat(decay)
  const shrink = f32x4.splat(1 - decay)
  const mu = f32x4.splat(momentum)
  const zero = f32x4.splat(0)
  for (let l = 1; l <= layerCount; l++) {
    const weightBytes = <usize>field(l, F_IN) * (<usize>field(l, F_STRIDE) << 2)
    const biasBytes = <usize>field(l, F_STRIDE) << 2
    const w = at(l, F_W), b = at(l, F_B), gw = at(l, F_GW), gb = at(l, F_GB)
    if (momentum != 0) {
      const vw = at(l, F_VW), vb = at(l, F_VB)
      const grouped = l == 1 && !denseFirstGradient && field(1, F_STRIDE) >= GROUP_FROM
      if (grouped) groupedFirstLayer(MOMENTUM, eta / <f32>m, momentum, decay)
      else if (l == 1 && !denseFirstGradient) firstGradientInto(gw)
      for (let i: usize = 0; !grouped && i < weightBytes; i += 16) {
        const wi = v128.load(w + i)
        const v = f32x4.sub(f32x4.sub(f32x4.mul(mu, v128.load(vw + i)), f32x4.mul(rate, v128.load(gw + i))), f32x4.mul(shrink, wi))
        v128.store(vw + i, v)
        v128.store(w + i, f32x4.add(wi, v))
        v128.store(gw + i, zero)
      }
      for (let i: usize = 0; i < biasBytes; i += 16) {
        const v = f32x4.sub(f32x4.mul(mu, v128.load(vb + i)), f32x4.mul(rate, v128.load(gb + i)))
        v128.store(vb + i, v)
        v128.store(b + i, f32x4.add(v128.load(b + i), v))
        v128.store(gb + i, zero)
      }
      continue
    }
    if (l == 1 && !denseFirstGradient) {
      // Σ x·δ¹ per inked pixel goes straight into W¹: no dense 784 × n gradient to clear.
      if (decay != 1) for (let i: usize = 0; i < weightBytes; i += 16) v128.store(w + i, f32x4.mul(decayV, v128.load(w + i)))
      if (field(1, F_STRIDE) >= GROUP_FROM) groupedFirstLayer(ONTO, -eta / <f32>m, 0, 1)
      else firstGradientOnto(w, -eta / <f32>m)
    } else {
      for (let i: usize = 0; i < weightBytes; i += 16) {
        v128.store(w + i, f32x4.sub(f32x4.mul(decayV, v128.load(w + i)), f32x4.mul(rate, v128.load(gw + i))))
        v128.store(gw + i, zero)
      }
    }
    for (let i: usize = 0; i < biasBytes; i += 16) {
      v128.store(b + i, f32x4.sub(v128.load(b + i), f32x4.mul(rate, v128.load(gb + i))))
      v128.store(gb + i, zero)
    }
  }
  batchFill = 0
}

/** gW¹ = Σₛ xₛ ⊗ δ¹ₛ over the buffered batch, one sample at a time (gW¹ is zero on entry). */
function firstGradientInto(gw: usize): void {
  const stride = field(1, F_STRIDE)
  for (let s = 0; s < batchFill; s++) {
    sparseOuterAdd(<i32>load<u32>(batchImages + (<usize>s << 2)), gw, batchDelta1 + <usize>s * (<usize>stride << 2), stride)
  }
}

/** W¹ += scale · Σₛ xₛ ⊗ δ¹ₛ over the buffered batch, one sample at a time. */
function firstGradientOnto(w: usize, scale: f32): void {
  const stride = field(1, F_STRIDE)
  const scaled = at(1, F_D)
  const scaleV = f32x4.splat(scale)
  const rowBytes = <usize>stride << 2
  for (let s = 0; s < batchFill; s++) {
    const from = batchDelta1 + <usize>s * rowBytes
    for (let j: usize = 0; j < rowBytes; j += 16) v128.store(scaled + j, f32x4.mul(scaleV, v128.load(from + j)))
    sparseOuterAdd(<i32>load<u32>(batchImages + (<usize>s << 2)), w, scaled, stride)
  }
}

/**
 * Groups the buffered batch's inked pixels by pixel (a counting sort, stable in sample order): afterwards
 * pixel k's (δ¹ address, value) pairs are pixelEntries[start(k) … pixelCounts[k]), where start(k) is
 * pixelCounts[k − 1] (0 for k = 0).
 */
function groupPixels(inputs: i32, rowBytes: usize): void {
  memory.fill(pixelCounts, 0, <usize>(inputs + 1) << 2)
  for (let s = 0; s < batchFill; s++) {
    const i = load<u32>(batchImages + (<usize>s << 2))
    const end = load<u32>(offsets + (<usize>(i + 1) << 2))
    for (let p = load<u32>(offsets + (<usize>i << 2)); p < end; p++) {
      const c = pixelCounts + ((<usize>load<u16>(indices + (<usize>p << 1)) + 1) << 2)
      store<u32>(c, load<u32>(c) + 1)
    }
  }
  for (let k = 0; k < inputs; k++) {
    const c = pixelCounts + (<usize>(k + 1) << 2)
    store<u32>(c, load<u32>(c) + load<u32>(c - 4))
  }
  for (let s = 0; s < batchFill; s++) {
    const i = load<u32>(batchImages + (<usize>s << 2))
    const end = load<u32>(offsets + (<usize>(i + 1) << 2))
    const delta = batchDelta1 + <usize>s * rowBytes
    for (let p = load<u32>(offsets + (<usize>i << 2)); p < end; p++) {
      const c = pixelCounts + (<usize>load<u16>(indices + (<usize>p << 1)) << 2)
      const e = pixelEntries + (<usize>load<u32>(c) << 3)
      store<u32>(e, <u32>delta)
      store<f32>(e, load<f32>(values + (<usize>p << 2)), 4)
      store<u32>(c, load<u32>(c) + 1)
    }
  }
}

const ONTO = 0, MOMENTUM = 1

/** One f32x4 of a first-layer row, given its gradient sum g: w += scale·g (ONTO), or the momentum step. */
@inline function updateLanes(w: usize, v: usize, g: v128, mode: i32, scale: v128, mu: v128, shrink: v128): void {
  if (mode == ONTO) {
    v128.store(w, f32x4.add(v128.load(w), f32x4.mul(scale, g)))
    return
  }
  const wi = v128.load(w)
  const vi = f32x4.sub(f32x4.sub(f32x4.mul(mu, v128.load(v)), f32x4.mul(scale, g)), f32x4.mul(shrink, wi))
  v128.store(v, vi)
  v128.store(w, f32x4.add(wi, vi))
}

/**
 * The first layer's update from the buffered batch for wide rows: Σₛ xₛₖ·δ¹ₛ is summed in registers per
 * inked pixel k and applied to row k at once, so each row is written once per batch rather than once per
 * sample that inks it, and no dense gradient exists. ONTO: W¹ += scale·Σ. MOMENTUM: v ← μv − scale·Σ −
 * (1 − decay)·w, w ← w + v on the inked rows, and on the others the same with Σ = 0.
 */
function groupedFirstLayer(mode: i32, scale: f32, momentum: f32, decay: f32): void {
  const inputs = field(1, F_IN)
  const rowBytes = <usize>field(1, F_STRIDE) << 2
  const w = at(1, F_W), vw = at(1, F_VW)
  groupPixels(inputs, rowBytes)
  const scaleV = f32x4.splat(scale)
  const mu = f32x4.splat(momentum)
  const shrink = f32x4.splat(1 - decay)
  const zero = f32x4.splat(0)
  let start: u32 = 0
  for (let k = 0; k < inputs; k++) {
    const end = load<u32>(pixelCounts + (<usize>k << 2))
    const row = w + <usize>k * rowBytes
    const vrow = vw + <usize>k * rowBytes
    if (end == start) {
      if (mode == MOMENTUM) for (let j: usize = 0; j < rowBytes; j += 16) updateLanes(row + j, vrow + j, zero, mode, scaleV, mu, shrink)
      continue
    }
    const first = pixelEntries + (<usize>start << 3)
    const last = pixelEntries + (<usize>end << 3)
    let j: usize = 0
    for (; j + 128 <= rowBytes; j += 128) {
      let a0 = zero, a1 = zero, a2 = zero, a3 = zero, a4 = zero, a5 = zero, a6 = zero, a7 = zero
      for (let e = first; e < last; e += 8) {
        const x = f32x4.splat(load<f32>(e, 4))
        const d = <usize>load<u32>(e) + j
        a0 = f32x4.add(a0, f32x4.mul(x, v128.load(d)))
        a1 = f32x4.add(a1, f32x4.mul(x, v128.load(d, 16)))
        a2 = f32x4.add(a2, f32x4.mul(x, v128.load(d, 32)))
        a3 = f32x4.add(a3, f32x4.mul(x, v128.load(d, 48)))
        a4 = f32x4.add(a4, f32x4.mul(x, v128.load(d, 64)))
        a5 = f32x4.add(a5, f32x4.mul(x, v128.load(d, 80)))
        a6 = f32x4.add(a6, f32x4.mul(x, v128.load(d, 96)))
        a7 = f32x4.add(a7, f32x4.mul(x, v128.load(d, 112)))
      }
      updateLanes(row + j, vrow + j, a0, mode, scaleV, mu, shrink)
      updateLanes(row + j + 16, vrow + j + 16, a1, mode, scaleV, mu, shrink)
      updateLanes(row + j + 32, vrow + j + 32, a2, mode, scaleV, mu, shrink)
      updateLanes(row + j + 48, vrow + j + 48, a3, mode, scaleV, mu, shrink)
      updateLanes(row + j + 64, vrow + j + 64, a4, mode, scaleV, mu, shrink)
      updateLanes(row + j + 80, vrow + j + 80, a5, mode, scaleV, mu, shrink)
      updateLanes(row + j + 96, vrow + j + 96, a6, mode, scaleV, mu, shrink)
      updateLanes(row + j + 112, vrow + j + 112, a7, mode, scaleV, mu, shrink)
    }
    for (; j < rowBytes; j += 16) {
      let a0 = zero
      for (let e = first; e < last; e += 8) a0 = f32x4.add(a0, f32x4.mul(f32x4.splat(load<f32>(e, 4)), v128.load(<usize>load<u32>(e) + j)))
      updateLanes(row + j, vrow + j, a0, mode, scaleV, mu, shrink)
    }
    start = end
  }
}

/** One mini-batch: the images order[from … to); returns the summed cost of its samples. */
export function trainBatch(order: usize, from: i32, to: i32, eta: f32, momentum: f32, decay: f32): f64 {
  let cost: f64 = 0
  for (let s = from; s < to; s++) cost += backprop(<i32>load<u32>(order + (<usize>s << 2)))
  step(to - from, eta, momentum, decay)
  return cost
}

/**
 * Images 0 … count − 1 of the current set through the network: each one's brightest output into
 * predictions (255 where every output is NaN), and the summed cost returned.
 */
export function evaluate(count: i32, predictions: usize): f64 {
  const last = layerCount
  const n = field(last, F_OUT)
  const a = at(last, F_A)
  let cost: f64 = 0
  for (let i = 0; i < count; i++) {
    forward(i)
    let best = -1
    let bestValue: f32 = -Infinity
    for (let j = 0; j < n; j++) {
      const v = load<f32>(a + (<usize>j << 2))
      // As argmax.ts: NaN never wins, ties go to the first.
      if (v == v && (best < 0 || v > bestValue)) {
        bestValue = v
        best = j
      }
    }
    store<u8>(predictions + <usize>i, best < 0 ? 255 : <u8>best)
    cost += sampleCost(a, n, <i32>load<u8>(labels + <usize>i))
  }
  return cost
}
