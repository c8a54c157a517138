import type { TrainConfig } from './config'
import type { Evaluation } from './evaluate'
import type { LoopOutcome, LoopProgress } from './training-loop'

/** What main tells a training worker when it starts (as workerData). */
export interface WorkerStart {
  config: TrainConfig
  /** Train on the first N training images only. */
  subset?: number
  /** Folder of the MNIST IDX files. */
  mnistFolder: string
  /**
   * Shared Int32Array[1]: main writes CONTROL_RUN / CONTROL_PAUSE / CONTROL_STOP; the worker reads it
   * between mini-batches and sleeps on it (Atomics.wait) while paused, so control needs no message turn.
   */
  control: SharedArrayBuffer
  /** Fine-tuning: the weights to start from (a snapshot BLOB) … */
  initialParams?: Uint8Array
  /** … and the user's drawings (784 bytes each) to mix into MNIST, each repeated `repeat` times. */
  extra?: { pixels: Uint8Array; labels: Uint8Array; repeat: number }
  /** The lesson's demonstration (demo-run.ts) instead of a run: snapshots after each `parts`-th of a pass, tested on the first `tested` test images; nothing is stored. */
  demo?: { parts: number; tested: number }
}

export const CONTROL_RUN = 0
export const CONTROL_PAUSE = 1
export const CONTROL_STOP = 2

/** Worker → main. */
export type WorkerMessage =
  | { type: 'ready'; trainCount: number; testCount: number }
  /** The weights training starts from (packParams, transferred): kept as the run's epoch 0. */
  | { type: 'start'; params: Uint8Array }
  | ({ type: 'progress' } & LoopProgress)
  | {
      type: 'epoch'
      epoch: number
      /** The snapshot BLOB (packParams), transferred. */
      params: Uint8Array
      trainCost: number
      evaluation: Evaluation
      seconds: number
    }
  /** The lesson's demonstration: one snapshot (its weights packed, transferred). */
  | { type: 'snapshot'; seen: number; cost: number; correct: number; tested: number; params: Uint8Array }
  | { type: 'done'; outcome: LoopOutcome }
  | { type: 'failed'; message: string }
