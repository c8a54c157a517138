import { preprocess, type Preprocessed } from '../../../shared/digits/preprocess'
import type { DigitSample } from '../../../shared/ipc/types'
import { argmax } from '../../../shared/network/argmax'
import { call, messageOf } from '../common/api'
import type { Drawing } from './drawing.svelte'
import { t } from '../common/i18n/i18n.svelte'
import type { SelectedModel } from './model.svelte'
import { timeDrawUpdate } from './perf'

/**
 * What is read: the drawing's MNIST-style input, or an MNIST image loaded instead. One for the app,
 * shared by every Reading of it, so the lesson reads the same drawing with its own version.
 */
class ReadingSource {
  /** The drawing as MNIST-style input, with the steps that made it; null while the pad is empty or an image is loaded. */
  processed = $state.raw<Preprocessed | null>(null)
  /** An MNIST image loaded instead of a drawing. */
  sample = $state.raw<DigitSample | null>(null)
  /** What became of the last "save to my handwriting". */
  saved = $state<string | null>(null)
}

/**
 * What the Draw view reads now — the drawing, or an MNIST image loaded instead — run forward through the
 * selected version: every layer's activations and the answer. Kept in App, so the comparison reads the
 * same input with every compared version, and another view can load an image into it.
 */
export class Reading {
  constructor(
    readonly drawing: Drawing,
    readonly model: SelectedModel,
    private readonly source: ReadingSource = new ReadingSource()
  ) {}

  /** The same drawing (or image) read with another version: the lesson's, which need not be Draw's. */
  through(model: SelectedModel): Reading {
    return new Reading(this.drawing, model, this.source)
  }

  get processed(): Preprocessed | null {
    return this.source.processed
  }
  set processed(value: Preprocessed | null) {
    this.source.processed = value
  }
  get sample(): DigitSample | null {
    return this.source.sample
  }
  set sample(value: DigitSample | null) {
    this.source.sample = value
  }
  get saved(): string | null {
    return this.source.saved
  }
  set saved(value: string | null) {
    this.source.saved = value
  }

  /** 784 brightness values in [0, 1], or null with nothing to read. */
  readonly input = $derived(this.sample ? Float32Array.from(this.sample.pixels, (v) => v / 255) : (this.processed?.input ?? null))
  readonly network = $derived.by(() => this.model.network)
  readonly activations = $derived(this.network && this.input ? this.network.forward(this.input) : null)
  readonly outputs = $derived(this.activations ? this.activations.a[this.activations.a.length - 1] : null)
  /** The brightest output: the answer. Null with nothing to read; -1 when no output is a number (a diverged network). */
  readonly prediction = $derived(this.outputs ? argmax(this.outputs) : null)
  /** The answer as a digit, or null: nothing read yet, or no answer. */
  readonly answer = $derived(this.prediction !== null && this.prediction >= 0 ? this.prediction : null)
  /** The answer's activation: how bright its output neuron is, the lecture's measure of how sure the network is. */
  readonly activation = $derived(this.outputs && this.answer !== null ? this.outputs[this.answer] : null)
  /** The answer's share of the output brightness (softmax outputs are shares already): shown after the activation, never instead. */
  readonly confidence = $derived.by(() => {
    if (!this.outputs || this.answer === null) return null
    const total = this.network?.architecture.outputActivation === 'softmax' ? 1 : this.outputs.reduce((sum, v) => sum + v, 0)
    return this.outputs[this.answer] / total
  })
  /** The label a drawing is saved with: the network's answer, until the user corrects it. */
  saveLabel = $derived(this.answer ?? 0)

  /** The most active neuron of layer `l` (-1 when none is a number): the one the formula describes until one is picked. */
  strongest(l: number): number {
    const a = this.activations?.a[l]
    return a ? argmax(a) : -1
  }

  /** After every change of the strokes: read the drawing again. */
  redraw(): void {
    timeDrawUpdate()
    this.saved = null
    this.sample = null
    this.processed = this.drawing.empty ? null : preprocess(this.drawing.image())
  }

  undo(): void {
    this.drawing.undo()
    this.redraw()
  }

  clear(): void {
    this.drawing.clear()
    this.sample = null
    this.processed = null
  }

  /** Reads an MNIST image instead of the drawing (from the browser below the pad, or sent from another view). */
  load(sample: DigitSample): void {
    this.drawing.clear()
    this.processed = null
    this.sample = sample
  }

  /** Keeps the drawing in the user's own test set, under `saveLabel`. */
  async save(): Promise<void> {
    if (!this.processed) return
    const label = this.saveLabel
    try {
      await call('drawings:save', { label, pixels: Array.from(this.processed.input) })
      this.saved = t().draw.saved(label)
    } catch (error) {
      this.saved = messageOf(error)
    }
  }
}
