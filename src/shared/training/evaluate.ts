import { argmax } from '../network/argmax'
import { sampleCost } from '../network/costs'
import { FastNet } from './fast-net'
import type { Network } from '../network/network'
import type { NeuronRef } from '../network/neuron'
import type { SparseImages } from './sparse-images'

export interface Evaluation {
  /** Fraction of images whose brightest output is their label. */
  accuracy: number
  perClassAccuracy: number[]
  /** confusion[actual][predicted] = count. */
  confusion: number[][]
  /** Mean cost per image, in the network's own cost. */
  cost: number
  count: number
}

/** Accuracy, per digit, the confusion matrix and the cost; `off` evaluates with that hidden neuron switched off. */
export function evaluate(network: Network, images: SparseImages, off?: NeuronRef): Evaluation {
  const fast = FastNet.from(network)
  const { cost: costKind, outputActivation } = network.architecture
  const predictions = new Int16Array(images.count)
  let cost = 0
  for (let i = 0; i < images.count; i++) {
    const output = fast.forwardSparse(images, i, off)
    predictions[i] = argmax(output)
    cost += sampleCost(costKind, outputActivation, output, images.labels[i])
  }
  return evaluationOf(predictions, images.labels, network.layers[network.layers.length - 1], cost)
}

/**
 * The evaluation from each image's answer and the summed cost: the one tally behind `evaluate` and the
 * WebAssembly kernels' evaluation. An answer that is no class (-1 or 255: every output NaN) is wrong and in
 * no cell of the matrix.
 */
export function evaluationOf(predictions: ArrayLike<number>, labels: ArrayLike<number>, classes: number, totalCost: number): Evaluation {
  const count = predictions.length
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0))
  let correct = 0
  for (let i = 0; i < count; i++) {
    const predicted = predictions[i]
    const label = labels[i]
    if (predicted >= 0 && predicted < classes) confusion[label][predicted]++
    if (predicted === label) correct++
  }
  const perClassAccuracy = confusion.map((row, label) => {
    const total = row.reduce((a, b) => a + b, 0)
    return total === 0 ? 0 : row[label] / total
  })
  return { accuracy: correct / count, perClassAccuracy, confusion, cost: totalCost / count, count }
}

/** The brightest output for every image. */
export function predictAll(network: Network, images: SparseImages): Uint8Array {
  const fast = FastNet.from(network)
  const predictions = new Uint8Array(images.count)
  for (let i = 0; i < images.count; i++) {
    // 255 stands for no answer (all outputs NaN): it matches no label.
    predictions[i] = argmax(fast.forwardSparse(images, i)) & 0xff
  }
  return predictions
}
