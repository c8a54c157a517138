// Backpropagation: one sample's δ per layer, its gradient added to the batch's sums.
import { CostCode, HiddenCode, LayerField } from './layout'
import { forward, sampleCost } from './forward'
import { at, batchDelta1, batchFill, batchImages, costKind, denseFirstGradient, field, hiddenKind, indices, labels, layerCount, nextBatchSample, offsets, values } from './state'


@inline function hiddenSlope(a: f32): f32 {
  if (hiddenKind == HiddenCode.Sigmoid) return a * (1 - a)
  if (hiddenKind == HiddenCode.Relu) return a > 0 ? 1 : 0
  return 1 - a * a
}

/** gb += δ over a whole (padded) layer. */
export function addInto(g: usize, d: usize, stride: i32): void {
  const bytes = <usize>stride << 2
  for (let j: usize = 0; j < bytes; j += 16) v128.store(g + j, f32x4.add(v128.load(g + j), v128.load(d + j)))
}

/** g[indices[p]] += values[p] · δ for image i's inked pixels. */
export function sparseOuterAdd(i: i32, g: usize, d: usize, stride: i32): void {
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
export function backprop(i: i32): f64 {
  forward(i)
  const last = layerCount
  const n = field(last, LayerField.Out)
  const a = at(last, LayerField.A)
  const d = at(last, LayerField.Delta)
  const label = <i32>load<u8>(labels + <usize>i)
  const cost = sampleCost(a, n, label)
  for (let j = 0; j < n; j++) {
    const v = load<f32>(a + (<usize>j << 2))
    const diff = v - (j == label ? <f32>1 : <f32>0)
    store<f32>(d + (<usize>j << 2), costKind == CostCode.Quadratic ? diff * v * (1 - v) : diff)
  }

  for (let l = last; l >= 2; l--) {
    const stride = field(l, LayerField.Stride)
    const rowBytes = <usize>stride << 2
    const inputs = field(l, LayerField.In)
    const delta = at(l, LayerField.Delta)
    const w = at(l, LayerField.W)
    const gw = at(l, LayerField.GW)
    const previous = at(l - 1, LayerField.A)
    const deltaPrevious = at(l - 1, LayerField.Delta)
    addInto(at(l, LayerField.GB), delta, stride)
    // Through an inactive ReLU flows neither a gradient nor a δ: only the listed inputs are visited.
    const relu = hiddenKind == HiddenCode.Relu
    const active = at(l - 1, LayerField.Active)
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

  const stride1 = field(1, LayerField.Stride)
  addInto(at(1, LayerField.GB), at(1, LayerField.Delta), stride1)
  if (denseFirstGradient) sparseOuterAdd(i, at(1, LayerField.GW), at(1, LayerField.Delta), stride1)
  else {
    memory.copy(batchDelta1 + <usize>batchFill * (<usize>stride1 << 2), at(1, LayerField.Delta), <usize>stride1 << 2)
    store<u32>(batchImages + (<usize>batchFill << 2), i)
    nextBatchSample()
  }
  return cost
}
