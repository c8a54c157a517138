import { architectureOf, type TrainConfig } from './config'
import { evaluate } from './evaluate'
import { initNetwork } from '../network/init'
import type { Network } from '../network/network'
import { Rng } from '../network/rng'
import { SgdTrainer } from './sgd'
import type { SparseImages } from './sparse-images'
import { trainEpoch, type BatchTrainer } from './epoch'
import { WasmTrainer, type TrainingKernels } from './wasm-trainer'

/** The lesson's demonstration: the lecture's network, as Nielsen's chapter 1 trains it (σ, quadratic cost, N(0, 1) start, η 3, 10 images a batch). */
export function demoConfig(seed: number, passes: number): TrainConfig {
  return { layers: [784, 16, 16, 10], hiddenActivation: 'sigmoid', outputActivation: 'sigmoid', cost: 'quadratic', init: 'normal', eta: 3, batchSize: 10, epochs: passes, momentum: 0, l2: 0, etaDecay: 1, seed }
}

/** The network after some of the training images, and how it reads the test digits then. */
export interface DemoSnapshot {
  /** Training images seen so far (0: the random start). */
  seen: number
  /** Mean Σ(a − y)² of the images trained on since the last snapshot (the start: of the test digits). The trainers' quadratic cost is half that. */
  cost: number
  /** Test digits read right, of `tested`. */
  correct: number
  tested: number
  network: Network
}

/**
 * A short run from the random start with a snapshot after every `parts`-th of a pass, each evaluated on the
 * test images: what the lesson shows. Pure and synchronous; the worker runs it.
 */
export function runDemo(config: TrainConfig, train: SparseImages, test: SparseImages, parts: number, onSnapshot: (snapshot: DemoSnapshot) => void, kernels?: TrainingKernels): void {
  const rng = new Rng(config.seed)
  const start = initNetwork(architectureOf(config), config.init, rng)
  const trainer: BatchTrainer = kernels ? new WasmTrainer(kernels, start, config, rng) : new SgdTrainer(start, config, rng)
  trainer.prepare?.(train)
  const snapshot = (seen: number, cost: number, network: Network) => {
    const evaluation = evaluate(network, test)
    onSnapshot({ seen, cost: 2 * (Number.isNaN(cost) ? evaluation.cost : cost), correct: Math.round(evaluation.accuracy * evaluation.count), tested: evaluation.count, network })
  }
  snapshot(0, NaN, start)
  for (let pass = 0; pass < config.epochs; pass++) {
    // The one epoch loop; a snapshot each time another `parts`-th of the pass is done.
    let part = 1
    let since = { samples: 0, cost: 0 }
    trainEpoch(trainer, train, config.batchSize, (samplesDone, costSoFar) => {
      if (samplesDone < (part * train.count) / parts) return
      snapshot(pass * train.count + samplesDone, (costSoFar - since.cost) / (samplesDone - since.samples), trainer.toNetwork())
      since = { samples: samplesDone, cost: costSoFar }
      part++
    })
  }
}
