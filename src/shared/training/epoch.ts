import type { Evaluation } from './evaluate'
import type { Network } from '../network/network'
import type { SparseImages } from './sparse-images'

/** What the training loop needs of a trainer: the reference SgdTrainer and the WebAssembly WasmTrainer. */
export interface BatchTrainer {
  /** Gets an image set ready before the clock of the first epoch starts (the kernels copy it in once). */
  prepare?(images: SparseImages): void
  /** η of the current epoch. */
  eta: number
  /** Begins an epoch: sets its η and returns a new random order of the training images. */
  beginEpoch(count: number): Uint32Array
  /** Trains on images order[from … to) as one mini-batch; returns the summed cost of those samples. */
  trainBatch(images: SparseImages, order: Uint32Array, from: number, to: number): number
  toNetwork(): Network
  /** The current weights on a whole image set, where the trainer can do it faster than `evaluate`. */
  evaluate?(images: SparseImages): Evaluation
}

/**
 * One whole epoch in a fresh random order, mini-batch after mini-batch; returns the mean training cost.
 * `onBatch` hears after each batch how many samples are done and their summed cost.
 */
export function trainEpoch(trainer: BatchTrainer, images: SparseImages, batchSize: number, onBatch?: (samplesDone: number, costSoFar: number) => void): number {
  const order = trainer.beginEpoch(images.count)
  let cost = 0
  for (let from = 0; from < images.count; from += batchSize) {
    const to = Math.min(from + batchSize, images.count)
    cost += trainer.trainBatch(images, order, from, to)
    onBatch?.(to, cost)
  }
  return cost / images.count
}
