import { basename } from 'node:path'
import { displayRunName, RUN_NAME_WORDS_EN } from '../../shared/i18n/run-names'
import type { TrainConfig } from '../../shared/training/config'
import { architectureOfOrigin } from '../../shared/model/run-origin'
import { predictAll, type Evaluation } from '../../shared/training/evaluate'
import { evaluateFast } from './load-training-kernels'
import { readRegularFile } from './errors/file-limits'
import { Worker } from 'node:worker_threads'
import type { Architecture } from '../../shared/network/architecture'
import { MAX_MODEL_FILE_CHARS, toModelFile, type ClassMetrics, type ModelMeta, type ModelMetrics } from '../../shared/model/model-file'
import { modelFileError, readModel } from './model-file-check'
import type { ImportRequest, ImportResult } from '../../shared/model/import-protocol'
import type { Network } from '../../shared/network/network'
import { toOnnx } from './onnx-export'
import { packParams, unpackParams } from '../../shared/model/params'
import { toSparseImages, type SparseImages } from '../../shared/training/sparse-images'
import type { ComparedVersion, Prediction, VersionSummary, VersionWeights } from '../../shared/ipc/types'
import { argmax } from '../../shared/network/argmax'
import type { Datasets } from './datasets'
import { DigitscopeError } from './errors/errors'
import type { Store } from './store/store'

/** Stored versions as networks: load, evaluate, export and import them. */
export class VersionNetworks {
  private testSet: SparseImages | undefined
  private readonly predictionsByVersion = new Map<number, Uint8Array>()

  constructor(
    private readonly store: Store,
    private readonly datasets: Datasets
  ) {
    // A deleted version's answers must never be served again, whatever id comes next.
    store.onChange((change) => change.versions.deleted.forEach((id) => this.predictionsByVersion.delete(id)))
  }

  load(versionId: number): { network: Network; summary: VersionSummary; config: TrainConfig | null; metrics: Partial<ClassMetrics> } {
    const { summary, params, metrics } = this.store.versions.model(versionId)
    if (!summary.origin) throw new DigitscopeError('database', `Version ${versionId} has no readable network description.`)
    const config = summary.origin.kind === 'trained' ? summary.origin.config : null
    try {
      return { network: unpackParams(architectureOfOrigin(summary.origin), params), summary, config, metrics: metrics as Partial<ClassMetrics> }
    } catch (error) {
      throw new DigitscopeError('database', `Version ${versionId} is damaged: ${(error as Error).message}.`, { cause: error })
    }
  }

  /** The 10 000 MNIST test images, converted once. */
  test(): SparseImages {
    if (!this.testSet) {
      const set = this.datasets.load('test')
      this.testSet = toSparseImages(set.pixels, set.labels, set.rows * set.cols)
    }
    return this.testSet
  }

  /** This version's answer for every test image; kept per version (a version never changes). */
  predictions(versionId: number): Uint8Array {
    let predictions = this.predictionsByVersion.get(versionId)
    if (!predictions) {
      predictions = predictAll(this.load(versionId).network, this.test())
      this.predictionsByVersion.set(versionId, predictions)
    }
    return predictions
  }

  /** The test images this version gets wrong, in order. */
  mistakes(versionId: number): Array<{ index: number; predicted: number }> {
    const predictions = this.predictions(versionId)
    const { labels } = this.test()
    const found: Array<{ index: number; predicted: number }> = []
    for (let i = 0; i < predictions.length; i++) if (predictions[i] !== labels[i]) found.push({ index: i, predicted: predictions[i] })
    return found
  }

  /** The test images labelled `actual` that this version reads as `predicted`: one confusion-matrix cell. */
  confusionCell(versionId: number, actual: number, predicted: number): number[] {
    const predictions = this.predictions(versionId)
    const { labels } = this.test()
    const found: number[] = []
    for (let i = 0; i < predictions.length; i++) if (labels[i] === actual && predictions[i] === predicted) found.push(i)
    return found
  }

  /** The test images on which the versions do not all give the same answer, with each one's answer. */
  disagreements(versionIds: number[]): Array<{ index: number; answers: number[] }> {
    const all = versionIds.map((id) => this.predictions(id))
    const found: Array<{ index: number; answers: number[] }> = []
    for (let i = 0; i < all[0].length; i++) {
      if (all.some((predictions) => predictions[i] !== all[0][i])) found.push({ index: i, answers: all.map((predictions) => predictions[i]) })
    }
    return found
  }

  /** Accuracy on the user's own saved drawings (their own test set). */
  handwritingAccuracy(versionId: number, network?: Network): { accuracy: number | null; count: number } {
    const drawings = this.store.drawings.list()
    if (drawings.length === 0) return { accuracy: null, count: 0 }
    network ??= this.load(versionId).network
    const right = drawings.filter((d) => network.predict(Float32Array.from(d.pixels, (v) => v / 255)).label === d.label).length
    return { accuracy: right / drawings.length, count: drawings.length }
  }

  /** Everything the comparison view shows of these versions. */
  compare(versionIds: number[]): ComparedVersion[] {
    return versionIds.map((versionId) => {
      // One read per version: the summary, the stored metrics and the weights together.
      const { network, summary: version, metrics: stored } = this.load(versionId)
      const handwriting = this.handwritingAccuracy(versionId, network)
      return {
        version,
        curve: this.store.runs.curve(version.runId),
        perClassAccuracy: stored.perClassAccuracy ?? null,
        confusion: stored.confusion ?? null,
        handwritingAccuracy: handwriting.accuracy,
        handwritingCount: handwriting.count
      }
    })
  }

  /** The stored BLOB as it is, with what it takes to decode it (unpackParams), so it crosses IPC once, typed. */
  weights(versionId: number): VersionWeights {
    const { summary, params } = this.store.versions.model(versionId)
    if (!summary.origin) throw new DigitscopeError('database', `Version ${versionId} has no readable network description.`)
    return { architecture: architectureOfOrigin(summary.origin), params }
  }

  /** One preprocessed image read by this version: the digit, the outputs, and every layer's activations to 6 decimals. */
  predict(versionId: number, input: Float32Array): Prediction {
    const { a } = this.load(versionId).network.forward(input)
    const outputs = Array.from(a[a.length - 1])
    const layers = a.map((layer) => Array.from(layer, (v) => Number(v.toFixed(6))))
    return { versionId, prediction: argmax(outputs), outputs, layers }
  }

  evaluate(versionId: number): Evaluation {
    return evaluateFast(this.load(versionId).network, this.test())
  }

  /** The version as ONNX: standard operators, input [N, 784]. */
  exportOnnx(versionId: number): Uint8Array {
    const { network, summary } = this.load(versionId)
    return toOnnx(network, `${summary.name ?? displayRunName(summary.runName, RUN_NAME_WORDS_EN)} (version ${versionId}, epoch ${summary.epoch})`)
  }

  exportFile(versionId: number): object {
    const { network, summary, config, metrics } = this.load(versionId)
    return toModelFile(network, {
      name: summary.name ?? `${displayRunName(summary.runName, RUN_NAME_WORDS_EN)}, epoch ${summary.epoch}`,
      preset: summary.preset,
      epoch: summary.epoch,
      training: config,
      metrics: {
        testAccuracy: summary.testAccuracy,
        testCost: summary.testCost,
        trainCost: summary.trainCost,
        perClassAccuracy: metrics.perClassAccuracy ?? null,
        confusion: metrics.confusion ?? null
      },
      createdAt: summary.createdAt
    })
  }

  /** Validates everything first, then stores a run with one snapshot in one transaction; returns its version id. */
  importText(text: string, source: string, name?: string): number {
    const { network, meta } = readModel(text, source)
    return this.storeImported(network.architecture, packParams(network), meta, name)
  }

  /**
   * The same, with the bytes of the file read and checked in a worker thread (`importWorker`), so the
   * caller's thread — Electron's main process — never stalls on a large file.
   */
  async importBytes(bytes: Uint8Array, source: string, importWorker: string | URL, name?: string): Promise<number> {
    // Copied, not transferred: the caller may still hold the bytes (a 50 MB copy is a memcpy, about 10 ms).
    const worker = new Worker(importWorker, { workerData: { bytes } satisfies ImportRequest })
    const result = await new Promise<ImportResult>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`the import worker stopped (exit code ${code})`)))
    }).finally(() => void worker.terminate())
    if (!result.ok) throw modelFileError(source, result.message)
    return this.storeImported(result.architecture, result.params, result.meta, name)
  }

  private storeImported(architecture: Architecture, params: Uint8Array, meta: ModelMeta, name?: string): number {
    const metrics: ModelMetrics | null = meta.metrics
    return this.store.transaction(() => {
      const runId = this.store.runs.create({
        name: name ?? meta.name,
        preset: meta.preset,
        // A file without its training config still records what the network is.
        origin: meta.training ? { kind: 'trained', config: meta.training } : { kind: 'imported', architecture },
        status: 'completed'
      })
      return this.store.versions.add(runId, {
        epoch: meta.epoch,
        layers: architecture.layers,
        params,
        testAccuracy: metrics?.testAccuracy ?? null,
        testCost: metrics?.testCost ?? null,
        trainCost: metrics?.trainCost ?? null,
        metrics: { perClassAccuracy: metrics?.perClassAccuracy ?? null, confusion: metrics?.confusion ?? null } satisfies ClassMetrics
      })
    })
  }

  importFile(file: string, name?: string): number {
    const text = new TextDecoder().decode(readRegularFile(file, 'a Digitscope model file', MAX_MODEL_FILE_CHARS))
    return this.importText(text, basename(file), name)
  }
}
