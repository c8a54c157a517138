// AssemblyScript, compiled to WebAssembly SIMD128 by scripts/build/wasm-kernels.ts (not TypeScript: see
// docs/kernels.md). The whole mini-batch — forward (forward.ts), backpropagation (backward.ts) and the
// update (update.ts) — runs here, so the JavaScript side makes one call per batch. Everything is float32,
// four lanes per f32x4. What the two sides share, the memory's layout and the codes, is in layout.ts.
import { backprop } from './backward'
import { forward, sampleCost } from './forward'
import { LayerField } from './layout'
import { at, field, labels, layerCount } from './state'
import { step } from './update'

export { configure, useImages } from './state'

export function heapBase(): usize {
  return __heap_base
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
  const n = field(last, LayerField.Out)
  const a = at(last, LayerField.A)
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
