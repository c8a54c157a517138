import { argmax } from './argmax'
import { sampleCost } from './costs'
import { FastNet } from './fast-net'
import type { Network } from './network'
import type { NeuronRef } from './neuron'
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
  const classes = network.layers[network.layers.length - 1]
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0))
  let correct = 0
  let cost = 0
  for (let i = 0; i < images.count; i++) {
    const output = fast.forwardSparse(images, i, off)
    const predicted = argmax(output)
    const label = images.labels[i]
    // A network whose outputs are all NaN answers nothing: wrong, and in no cell of the matrix.
    if (predicted !== -1) confusion[label][predicted]++
    if (predicted === label) correct++
    cost += sampleCost(costKind, outputActivation, output, label)
  }
  const perClassAccuracy = confusion.map((row, label) => {
    const total = row.reduce((a, b) => a + b, 0)
    return total === 0 ? 0 : row[label] / total
  })
  return { accuracy: correct / images.count, perClassAccuracy, confusion, cost: cost / images.count, count: images.count }
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
