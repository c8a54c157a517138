// What the kernels know of a run: set by `configure` and `useImages`, read by every kernel. The memory
// they point into is laid out by the JavaScript side; the module keeps no heap of its own.
import { ConfigField, LayerField } from './layout'

export let layerCount: i32 = 0
let table: usize = 0
/** The functions, by their codes in layout.ts. */
export let hiddenKind: i32 = 0, outputKind: i32 = 0, costKind: i32 = 0
/** δ¹ of each sample of the batch so far ([sample][stride₁]), the image each came from, and how many. */
export let batchDelta1: usize = 0, batchImages: usize = 0, batchFill: i32 = 0
/** Each sample's δ¹ goes straight into gW¹ (a batch larger than the buffer). */
export let denseFirstGradient: bool = false
/** Scratch for grouping the batch's inked pixels by pixel: a count per input, then (slot, value) pairs. */
export let pixelCounts: usize = 0, pixelEntries: usize = 0
/** The current image set: each image's first entry, the entries' pixel numbers and values, the labels. */
export let offsets: usize = 0, indices: usize = 0, values: usize = 0, labels: usize = 0

@inline function setting(at: usize, f: i32): i32 {
  return load<i32>(at + (<usize>f << 2))
}

/** Reads the run's settings from the block at `at` (layout.ts, ConfigField). */
export function configure(at: usize): void {
  layerCount = setting(at, ConfigField.Layers)
  table = <usize>setting(at, ConfigField.Table)
  hiddenKind = setting(at, ConfigField.Hidden)
  outputKind = setting(at, ConfigField.Output)
  costKind = setting(at, ConfigField.Cost)
  batchDelta1 = <usize>setting(at, ConfigField.Delta1)
  batchImages = <usize>setting(at, ConfigField.Images)
  denseFirstGradient = setting(at, ConfigField.Dense) != 0
  pixelCounts = <usize>setting(at, ConfigField.PixelCounts)
  pixelEntries = <usize>setting(at, ConfigField.PixelEntries)
  batchFill = 0
}

export function useImages(offsetsAt: usize, indicesAt: usize, valuesAt: usize, labelsAt: usize): void {
  offsets = offsetsAt
  indices = indicesAt
  values = valuesAt
  labels = labelsAt
}

export function nextBatchSample(): void {
  batchFill++
}

export function clearBatch(): void {
  batchFill = 0
}

/** Field f of weight layer l's row in the layer table. */
@inline export function field(l: i32, f: i32): i32 {
  return load<i32>(table + (<usize>((l - 1) * LayerField.Count + f) << 2))
}
@inline export function at(l: i32, f: i32): usize {
  return <usize>field(l, f)
}
