import { architectureOf, type TrainConfig } from './config'
import { evaluate, type Evaluation } from './evaluate'
import { initNetwork } from '../network/init'
import type { Network } from '../network/network'
import { Rng } from '../network/rng'
import { SgdTrainer } from './sgd'
import { denseInput, type SparseImages } from './sparse-images'
import type { BatchTrainer } from './epoch'
import { WasmTrainer, type TrainingKernels } from './wasm-trainer'

export interface LoopProgress {
  epoch: number
  epochs: number
  batch: number
  batches: number
  /** Samples seen in this epoch. */
  samples: number
  total: number
  /** Mean cost of the samples seen so far in this epoch. */
  cost: number
  samplesPerSecond: number
  etaSeconds: number
}

export interface LoopEpoch {
  epoch: number
  network: Network
  trainCost: number
  evaluation: Evaluation
  /** Seconds spent training this epoch (evaluation excluded). */
  seconds: number
}

export interface LoopHooks {
  /** The network before the first mini-batch: epoch 0. */
  onStart?(network: Network): void
  onProgress?(progress: LoopProgress): void
  onEpoch?(epoch: LoopEpoch): void
  /** Asked between mini-batches; may block while the run is paused. 'stop' ends the run after this batch. */
  control?(): 'go' | 'stop'
  /** Milliseconds between progress reports. */
  progressIntervalMs?: number
}

/** How a run ended; a diverged run stopped at `epoch`, whose numbers had stopped being numbers. */
export type LoopOutcome = { status: 'completed' | 'cancelled' } | { status: 'diverged'; epoch: number }

/**
 * Whether the network as stored is all numbers: every weight and bias finite, and its float32 forward pass
 * (the one Draw and predict run) finite on a sample of test images — weights can be finite yet so large
 * that float32 sums overflow, where training's float64 does not.
 */
export function isFiniteNetwork(network: Network, test?: SparseImages): boolean {
  for (const values of [...network.weights, ...network.biases]) for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false
  for (let i = 0; test && i < Math.min(test.count, 50); i++) {
    const { z, a } = network.forward(denseInput(test, i))
    for (const layer of [...z, ...a]) for (let j = 0; j < layer.length; j++) if (!Number.isFinite(layer[j])) return false
  }
  return true
}

/**
 * The whole training run, epoch after epoch: the one loop behind the app's worker and the CLI. Pure and
 * synchronous; the caller decides where it runs and what to do with each epoch.
 */
export function runTrainingLoop(
  config: TrainConfig,
  train: SparseImages,
  test: SparseImages,
  hooks: LoopHooks = {},
  /** Start from these weights (fine-tuning) instead of a fresh initialisation. */
  initial?: Network,
  /** The WebAssembly SIMD kernels (src/wasm); without them the reference SgdTrainer trains, in plain JavaScript. */
  kernels?: TrainingKernels
): LoopOutcome {
  const rng = new Rng(config.seed)
  const start = initial ?? initNetwork(architectureOf(config), config.init, rng)
  hooks.onStart?.(start)
  const trainer: BatchTrainer = kernels ? new WasmTrainer(kernels, start, config, rng) : new SgdTrainer(start, config, rng)
  trainer.prepare?.(test)
  trainer.prepare?.(train)
  const interval = hooks.progressIntervalMs ?? 200
  const batches = Math.ceil(train.count / config.batchSize)
  for (let epoch = 1; epoch <= config.epochs; epoch++) {
    const order = trainer.beginEpoch(train.count)
    const started = Date.now()
    let lastReport = started
    let cost = 0
    for (let batch = 0; batch < batches; batch++) {
      const from = batch * config.batchSize
      const to = Math.min(from + config.batchSize, train.count)
      cost += trainer.trainBatch(train, order, from, to)
      const now = Date.now()
      if (now - lastReport >= interval || to === train.count) {
        // Checked with every report: η far too large sends the cost to ∞ or NaN within a few batches.
        if (!Number.isFinite(cost)) return { status: 'diverged', epoch }
        if (hooks.control?.() === 'stop') return { status: 'cancelled' }
        lastReport = now
        const rate = to / Math.max((now - started) / 1000, 1e-3)
        hooks.onProgress?.({
          epoch,
          epochs: config.epochs,
          batch: batch + 1,
          batches,
          samples: to,
          total: train.count,
          cost: cost / to,
          samplesPerSecond: rate,
          etaSeconds: (train.count - to + (config.epochs - epoch) * train.count) / rate
        })
      }
    }
    const seconds = (Date.now() - started) / 1000
    const network = trainer.toNetwork()
    // Nothing that is not a number is ever handed on to be stored.
    if (!Number.isFinite(cost) || !isFiniteNetwork(network, test)) return { status: 'diverged', epoch }
    const evaluation = trainer.evaluate?.(test) ?? evaluate(network, test)
    hooks.onEpoch?.({ epoch, network, trainCost: cost / train.count, evaluation, seconds })
    if (hooks.control?.() === 'stop') return { status: epoch === config.epochs ? 'completed' : 'cancelled' }
  }
  return { status: 'completed' }
}
