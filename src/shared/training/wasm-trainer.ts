import { ConfigField, CostCode, GROUP_FROM, HiddenCode, LayerField, OutputCode } from '../../wasm/layout'
import type { HiddenActivation, OutputActivation } from '../network/activation-functions'
import type { Cost } from '../network/costs'
import { trainEpoch, type BatchTrainer } from './epoch'
import { evaluationOf, type Evaluation } from './evaluate'
import { Network } from '../network/network'
import { Rng } from '../network/rng'
import type { SgdOptions } from './sgd'
import type { SparseImages } from './sparse-images'

/** The exports of src/wasm/training-kernels.ts; `src/shared` names no WebAssembly API, so it stays pure. */
export interface KernelExports {
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number }
  heapBase(): number
  /** Reads the run's settings from the block at `settings` (src/wasm/layout.ts, ConfigField). */
  configure(settings: number): void
  useImages(offsets: number, indices: number, values: number, labels: number): void
  trainBatch(order: number, from: number, to: number, eta: number, momentum: number, decay: number): number
  evaluate(count: number, predictions: number): number
}

/** Makes a fresh instance of the kernels, with its own memory: one per trainer. */
export type TrainingKernels = () => KernelExports

const HIDDEN_CODES: Record<HiddenActivation, HiddenCode> = { sigmoid: HiddenCode.Sigmoid, relu: HiddenCode.Relu, tanh: HiddenCode.Tanh }
const OUTPUT_CODES: Record<OutputActivation, OutputCode> = { sigmoid: OutputCode.Sigmoid, softmax: OutputCode.Softmax }
const COST_CODES: Record<Cost, CostCode> = { quadratic: CostCode.Quadratic, 'cross-entropy': CostCode.CrossEntropy }
/** Above this many samples per batch, δ¹ is not buffered but summed into a dense gradient at once. */
const BUFFERED_BATCH = 256
const PAGE = 65536

interface Placed {
  offsets: number
  indices: number
  values: number
  labels: number
}

/**
 * Mini-batch SGD with the same arithmetic as SgdTrainer, in float32 WebAssembly SIMD kernels
 * (src/wasm/training-kernels.ts): one call per mini-batch. Weights live in the module's memory, transposed
 * and padded to whole f32x4 lanes; images are copied in once.
 */
export class WasmTrainer implements BatchTrainer {
  private readonly kernels: KernelExports
  private readonly layers: number[]
  private readonly strides: number[]
  /** Byte addresses of W and b per weight layer. */
  private readonly w: number[] = []
  private readonly b: number[] = []
  private next: number
  private orderAt = 0
  private orderLength = 0
  private epochsBegun = 0
  private readonly placed = new Map<SparseImages, Placed>()
  private current: SparseImages | undefined
  eta: number

  constructor(
    kernels: TrainingKernels,
    private readonly initial: Network,
    readonly options: SgdOptions,
    private readonly rng: Rng
  ) {
    this.kernels = kernels()
    this.eta = options.eta
    const { layers, hiddenActivation, outputActivation, cost } = initial.architecture
    this.layers = layers
    this.strides = layers.map((n) => Math.ceil(n / 4) * 4)
    this.next = align(this.kernels.heapBase())
    const weightLayers = layers.length - 1
    const table = this.alloc(weightLayers * LayerField.Count * 4)
    const momentum = options.momentum !== 0
    const dense = options.batchSize > BUFFERED_BATCH
    const rows: Int32Array[] = []
    for (let l = 1; l <= weightLayers; l++) {
      const stride = this.strides[l]
      const weightBytes = layers[l - 1] * stride * 4
      const biasBytes = stride * 4
      const row = new Int32Array(LayerField.Count)
      row[LayerField.In] = layers[l - 1]
      row[LayerField.Out] = layers[l]
      row[LayerField.Stride] = stride
      row[LayerField.W] = this.alloc(weightBytes)
      row[LayerField.B] = this.alloc(biasBytes)
      row[LayerField.VW] = momentum ? this.alloc(weightBytes) : 0
      row[LayerField.VB] = momentum ? this.alloc(biasBytes) : 0
      // The first layer's dense gradient: only where it is not applied straight from the batch's pixels.
      row[LayerField.GW] = l > 1 || dense || (momentum && stride < GROUP_FROM) ? this.alloc(weightBytes) : 0
      row[LayerField.GB] = this.alloc(biasBytes)
      row[LayerField.Z] = this.alloc(biasBytes)
      row[LayerField.A] = this.alloc(biasBytes)
      row[LayerField.Delta] = this.alloc(biasBytes)
      row[LayerField.Active] = this.alloc((layers[l] + 1) * 4)
      rows.push(row)
      this.w.push(row[LayerField.W])
      this.b.push(row[LayerField.B])
    }
    const capacity = dense ? 0 : options.batchSize
    const settings = new Int32Array(ConfigField.Count)
    settings[ConfigField.Layers] = weightLayers
    settings[ConfigField.Table] = table
    settings[ConfigField.Hidden] = HIDDEN_CODES[hiddenActivation]
    settings[ConfigField.Output] = OUTPUT_CODES[outputActivation]
    settings[ConfigField.Cost] = COST_CODES[cost]
    settings[ConfigField.Delta1] = this.alloc(capacity * this.strides[1] * 4)
    settings[ConfigField.Images] = this.alloc(capacity * 4)
    settings[ConfigField.Dense] = dense ? 1 : 0
    settings[ConfigField.PixelCounts] = this.alloc((layers[0] + 1) * 4)
    settings[ConfigField.PixelEntries] = this.alloc(capacity * layers[0] * 8)
    const settingsAt = this.alloc(ConfigField.Count * 4)
    this.ensure()
    rows.forEach((row, l) => new Int32Array(this.kernels.memory.buffer, table + l * LayerField.Count * 4, LayerField.Count).set(row))
    new Int32Array(this.kernels.memory.buffer, settingsAt, ConfigField.Count).set(settings)
    this.kernels.configure(settingsAt)
    this.load(initial)
  }

  /** Copies a network's weights in, transposed to [in][stride]. */
  load(network: Network): void {
    this.eachLayer(network, (canonical, inside, i, k) => (inside[k] = canonical[i]), (canonical, inside) => inside.set(canonical))
  }

  toNetwork(): Network {
    const network = Network.zeros(this.initial.architecture)
    this.eachLayer(network, (canonical, inside, i, k) => (canonical[i] = inside[k]), (canonical, inside) => canonical.set(inside))
    return network
  }

  /**
   * Pairs each weight of `network` ([out][in]) with its place in the module ([in][stride]) — `weight(…, i, k)`
   * — and each layer's biases with theirs.
   */
  private eachLayer(
    network: Network,
    weight: (canonical: Float32Array, inside: Float32Array, i: number, k: number) => void,
    biases: (canonical: Float32Array, inside: Float32Array) => void
  ): void {
    const memory = this.kernels.memory.buffer
    for (let l = 1; l < this.layers.length; l++) {
      const [inputs, outputs, stride] = [this.layers[l - 1], this.layers[l], this.strides[l]]
      const inside = new Float32Array(memory, this.w[l - 1], inputs * stride)
      const canonical = network.weights[l - 1]
      for (let j = 0; j < outputs; j++) for (let k = 0; k < inputs; k++) weight(canonical, inside, j * inputs + k, k * stride + j)
      biases(network.biases[l - 1], new Float32Array(memory, this.b[l - 1], outputs))
    }
  }

  /** Sets this epoch's η and returns a new random order of the training images (a view into the module). */
  beginEpoch(count: number): Uint32Array {
    this.eta = this.options.eta * (this.options.etaDecay ?? 1) ** this.epochsBegun++
    if (this.orderLength !== count) {
      this.orderAt = this.alloc(count * 4)
      this.orderLength = count
      this.ensure()
      new Uint32Array(this.kernels.memory.buffer, this.orderAt, count).forEach((_, i, order) => (order[i] = i))
    }
    const order = new Uint32Array(this.kernels.memory.buffer, this.orderAt, count)
    this.rng.shuffle(order)
    return order
  }

  trainBatch(images: SparseImages, order: Uint32Array, from: number, to: number): number {
    this.use(images)
    // Placing the images may have grown the memory, detaching the view (length 0) but not its contents.
    const foreign = order.length !== 0 && (order.buffer !== this.kernels.memory.buffer || order.byteOffset !== this.orderAt)
    if (foreign) throw new Error('trainBatch takes the order beginEpoch returned')
    const decay = 1 - (this.eta * this.options.l2) / images.count
    return this.kernels.trainBatch(this.orderAt, from, to, this.eta, this.options.momentum, decay)
  }

  /** One whole epoch in a fresh random order; returns the mean training cost. */
  trainEpoch(images: SparseImages): number {
    return trainEpoch(this, images, this.options.batchSize)
  }

  /** Predictions and cost in float32, as trained; the same numbers `evaluate` gives up to rounding. */
  evaluate(images: SparseImages): Evaluation {
    this.use(images)
    const predictionsAt = this.alloc(images.count)
    this.ensure()
    const cost = this.kernels.evaluate(images.count, predictionsAt)
    const predictions = new Uint8Array(this.kernels.memory.buffer, predictionsAt, images.count)
    const evaluation = evaluationOf(predictions, images.labels, this.layers[this.layers.length - 1], cost)
    this.next = predictionsAt // the predictions' room is used again next time
    return evaluation
  }

  prepare(images: SparseImages): void {
    this.use(images)
  }

  /** Puts an image set into the module's memory once, and points the kernels at it. */
  private use(images: SparseImages): void {
    let placed = this.placed.get(images)
    if (!placed) {
      const entries = images.indices.length
      placed = {
        offsets: this.alloc((images.count + 1) * 4),
        indices: this.alloc(entries * 2),
        values: this.alloc(entries * 4),
        labels: this.alloc(images.count)
      }
      this.ensure()
      const memory = this.kernels.memory.buffer
      new Uint32Array(memory, placed.offsets, images.count + 1).set(images.offsets.subarray(0, images.count + 1))
      new Uint16Array(memory, placed.indices, entries).set(images.indices)
      new Float32Array(memory, placed.values, entries).set(images.values)
      new Uint8Array(memory, placed.labels, images.count).set(images.labels.subarray(0, images.count))
      this.placed.set(images, placed)
    }
    if (this.current !== images) {
      this.kernels.useImages(placed.offsets, placed.indices, placed.values, placed.labels)
      this.current = images
    }
  }

  private alloc(bytes: number): number {
    const at = this.next
    this.next = align(at + bytes)
    return at
  }

  /** Grows the module's memory to hold everything allocated so far. */
  private ensure(): void {
    const memory = this.kernels.memory
    const missing = this.next - memory.buffer.byteLength
    if (missing > 0) memory.grow(Math.ceil(missing / PAGE))
  }
}

const align = (at: number) => Math.ceil(at / 16) * 16

/** A network's evaluation through the kernels: the numbers training stores for each epoch, exactly. */
export function evaluateWithKernels(kernels: TrainingKernels, network: Network, images: SparseImages): Evaluation {
  return new WasmTrainer(kernels, network, { eta: 1, batchSize: 1, momentum: 0, l2: 0 }, new Rng(0)).evaluate(images)
}
