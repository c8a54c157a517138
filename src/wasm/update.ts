// The update after a mini-batch: its summed gradients applied to every weight and bias.
import { sparseOuterAdd } from './backward'
import { GROUP_FROM, LayerField } from './layout'
import { at, batchDelta1, batchFill, batchImages, clearBatch, denseFirstGradient, field, indices, layerCount, offsets, pixelCounts, pixelEntries, values } from './state'

/** How groupedFirstLayer applies a row's sum: added onto W¹, or as a momentum step. */
const ONTO = 0, MOMENTUM = 1


/**
 * Applies the summed gradients of m samples: w ← decay·w − η/m·Σ∇ (plain) or v ← μv − η/m·Σ∇ − (1 − decay)·w,
 * w ← w + v (momentum), as the reference SgdTrainer does; then clears the sums.
 */
export function step(m: i32, eta: f32, momentum: f32, decay: f32): void {
  const rate = f32x4.splat(eta / <f32>m)
  const decayV = f32x4.splat(decay)
  const shrink = f32x4.splat(1 - decay)
  const mu = f32x4.splat(momentum)
  const zero = f32x4.splat(0)
  for (let l = 1; l <= layerCount; l++) {
    const weightBytes = <usize>field(l, LayerField.In) * (<usize>field(l, LayerField.Stride) << 2)
    const biasBytes = <usize>field(l, LayerField.Stride) << 2
    const w = at(l, LayerField.W), b = at(l, LayerField.B), gw = at(l, LayerField.GW), gb = at(l, LayerField.GB)
    if (momentum != 0) {
      const vw = at(l, LayerField.VW), vb = at(l, LayerField.VB)
      const grouped = l == 1 && !denseFirstGradient && field(1, LayerField.Stride) >= GROUP_FROM
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
      if (field(1, LayerField.Stride) >= GROUP_FROM) groupedFirstLayer(ONTO, -eta / <f32>m, 0, 1)
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
  clearBatch()
}

/** gW¹ = Σₛ xₛ ⊗ δ¹ₛ over the buffered batch, one sample at a time (gW¹ is zero on entry). */
function firstGradientInto(gw: usize): void {
  const stride = field(1, LayerField.Stride)
  for (let s = 0; s < batchFill; s++) {
    sparseOuterAdd(<i32>load<u32>(batchImages + (<usize>s << 2)), gw, batchDelta1 + <usize>s * (<usize>stride << 2), stride)
  }
}

/** W¹ += scale · Σₛ xₛ ⊗ δ¹ₛ over the buffered batch, one sample at a time. */
function firstGradientOnto(w: usize, scale: f32): void {
  const stride = field(1, LayerField.Stride)
  const scaled = at(1, LayerField.Delta)
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
  const inputs = field(1, LayerField.In)
  const rowBytes = <usize>field(1, LayerField.Stride) << 2
  const w = at(1, LayerField.W), vw = at(1, LayerField.VW)
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
