import { architectureOf, type TrainConfig } from '../../shared/nn/config'
import { evaluate, type Evaluation } from '../../shared/nn/evaluate'
import { initNetwork } from '../../shared/nn/init'
import { packParams } from '../../shared/nn/params'
import { Rng } from '../../shared/nn/rng'
import { SgdTrainer } from '../../shared/nn/sgd'
import { toSparseImages, type SparseImages } from '../../shared/nn/sparse-images'
import type { Datasets } from './datasets'
import type { ModelStore } from './model-store'

export interface TrainRequest {
  config: TrainConfig
  name: string
  preset: string | null
  /** Train on the first N training images only (quick runs, tests). */
  subset?: number
}

export interface ProgressEvent {
  type: 'progress'
  runId: number
  epoch: number
  epochs: number
  /** Samples seen in this epoch. */
  samples: number
  total: number
  /** Mean cost of the samples seen so far in this epoch. */
  cost: number
  samplesPerSecond: number
  etaSeconds: number
}

export interface EpochEvent {
  type: 'epoch'
  runId: number
  epoch: number
  epochs: number
  versionId: number
  trainCost: number
  testAccuracy: number
  testCost: number
  seconds: number
}

export interface TrainHooks {
  onStart?(runId: number): void
  onProgress?(event: ProgressEvent): void
  onEpoch?(event: EpochEvent, evaluation: Evaluation): void
  /** Checked between mini-batches; true stops after the batch, keeping the finished epochs. */
  shouldStop?(): boolean
}

export interface TrainOutcome {
  runId: number
  status: 'completed' | 'cancelled'
  versionId: number | null
  testAccuracy: number | null
}

const PROGRESS_INTERVAL_MS = 250
/** The loop gives the event loop a turn this often, so signals and IPC are served during training. */
const YIELD_INTERVAL_MS = 50

/**
 * Trains one run and stores each finished epoch as a snapshot (one transaction each). The CLI calls it
 * directly; the app's training worker runs the same SGD code.
 */
export async function trainRun(store: ModelStore, datasets: Datasets, request: TrainRequest, hooks: TrainHooks = {}): Promise<TrainOutcome> {
  const { config } = request
  const trainSet = datasets.load('train')
  const testSet = datasets.load('test')
  const size = trainSet.rows * trainSet.cols
  const train = toSparseImages(trainSet.pixels, trainSet.labels, size, request.subset)
  const test = toSparseImages(testSet.pixels, testSet.labels, size)

  const runId = store.createRun({ name: request.name, preset: request.preset, config })
  hooks.onStart?.(runId)
  const rng = new Rng(config.seed)
  const trainer = new SgdTrainer(initNetwork(architectureOf(config), config.init, rng), config, rng)
  let outcome: TrainOutcome = { runId, status: 'completed', versionId: null, testAccuracy: null }
  let trainingSeconds = 0
  try {
    for (let epoch = 1; epoch <= config.epochs; epoch++) {
      const stopped = await trainEpoch(trainer, train, epoch, config.epochs, runId, hooks)
      trainingSeconds += stopped.seconds
      if (stopped.cancelled) {
        outcome = { ...outcome, status: 'cancelled' }
        break
      }
      const network = trainer.toNetwork()
      const evaluation = evaluate(network, test)
      const versionId = store.addSnapshot(runId, {
        epoch,
        layers: config.layers,
        params: packParams(network),
        trainCost: stopped.cost,
        testAccuracy: evaluation.accuracy,
        testCost: evaluation.cost,
        metrics: { perClassAccuracy: evaluation.perClassAccuracy, confusion: evaluation.confusion },
        trainSeconds: trainingSeconds
      })
      outcome = { ...outcome, versionId, testAccuracy: evaluation.accuracy }
      hooks.onEpoch?.(
        {
          type: 'epoch',
          runId,
          epoch,
          epochs: config.epochs,
          versionId,
          trainCost: stopped.cost,
          testAccuracy: evaluation.accuracy,
          testCost: evaluation.cost,
          seconds: stopped.seconds
        },
        evaluation
      )
    }
    store.setRunStatus(runId, outcome.status)
    return outcome
  } catch (error) {
    store.setRunStatus(runId, 'failed', (error as Error).message)
    throw error
  }
}

async function trainEpoch(
  trainer: SgdTrainer,
  train: SparseImages,
  epoch: number,
  epochs: number,
  runId: number,
  hooks: TrainHooks
): Promise<{ cost: number; seconds: number; cancelled: boolean }> {
  const order = trainer.beginEpoch(train.count)
  const batch = trainer.options.batchSize
  const started = performance.now()
  let lastProgress = started
  let lastYield = started
  let cost = 0
  for (let from = 0; from < train.count; from += batch) {
    const to = Math.min(from + batch, train.count)
    cost += trainer.trainBatch(train, order, from, to)
    const now = performance.now()
    if (now - lastYield >= YIELD_INTERVAL_MS) {
      await new Promise((resolve) => setImmediate(resolve))
      lastYield = performance.now()
      if (hooks.shouldStop?.()) return { cost: cost / to, seconds: (now - started) / 1000, cancelled: true }
    }
    if (hooks.onProgress && (now - lastProgress >= PROGRESS_INTERVAL_MS || to === train.count)) {
      lastProgress = now
      const seconds = Math.max((now - started) / 1000, 1e-9)
      const samplesPerSecond = to / seconds
      const remaining = train.count - to + (epochs - epoch) * train.count
      hooks.onProgress({
        type: 'progress',
        runId,
        epoch,
        epochs,
        samples: to,
        total: train.count,
        cost: cost / to,
        samplesPerSecond,
        etaSeconds: remaining / samplesPerSecond
      })
    }
  }
  return { cost: cost / train.count, seconds: (performance.now() - started) / 1000, cancelled: false }
}
