// The WebAssembly SIMD kernels held to the reference trainer (plain TypeScript, float64) on the real MNIST
// files: the same arithmetic up to float32 rounding, every configuration the app can train.
import { describe, expect, it } from 'vitest'
import { HIDDEN_ACTIVATIONS, type HiddenActivation, type OutputActivation } from '../../shared/network/activation-functions'
import { gradientCheckCase, OUTPUT_COST_PAIRS } from '../../shared/training/gradient-check-case.fixture'
import { architectureOf, type TrainConfig } from '../../shared/training/config'
import type { Cost } from '../../shared/network/costs'
import { evaluate, predictAll } from '../../shared/training/evaluate'
import { initNetwork } from '../../shared/network/init'
import type { Network } from '../../shared/network/network'
import { packParams } from '../../shared/model/params'
import { PRESETS, PRESET_NAMES } from '../../shared/training/presets'
import { Rng } from '../../shared/network/rng'
import { SgdTrainer } from '../../shared/training/sgd'
import { toSparseImages, type SparseImages } from '../../shared/training/sparse-images'
import { evaluateWithKernels, WasmTrainer } from '../../shared/training/wasm-trainer'
import { Datasets } from './datasets'
import { trainingKernels } from './load-training-kernels'

const datasets = new Datasets()
const trainSet = datasets.load('train')
const testSet = datasets.load('test')
const train = toSparseImages(trainSet.pixels, trainSet.labels, 784, 1000)
const test = toSparseImages(testSet.pixels, testSet.labels, 784, 2000)
const kernels = trainingKernels()

/** One epoch from the same initial weights and shuffle, by the reference and by the kernels. */
function bothAfterOneEpoch(config: TrainConfig, images: SparseImages): [Network, Network] {
  const trained = [SgdTrainer, WasmTrainer].map((Trainer) => {
    const rng = new Rng(config.seed)
    const start = initNetwork(architectureOf(config), config.init, rng)
    const trainer = Trainer === WasmTrainer ? new WasmTrainer(kernels, start, config, rng) : new SgdTrainer(start, config, rng)
    trainer.trainEpoch(images)
    return trainer.toNetwork()
  })
  return [trained[0], trained[1]]
}

/** The largest difference between two networks' parameters, relative to the largest parameter. */
function largestDifference(a: Network, b: Network): number {
  let difference = 0
  let largest = 0
  for (const [x, y] of [...a.weights.map((w, l) => [w, b.weights[l]]), ...a.biases.map((v, l) => [v, b.biases[l]])]) {
    for (let i = 0; i < x.length; i++) {
      difference = Math.max(difference, Math.abs(x[i] - y[i]))
      largest = Math.max(largest, Math.abs(x[i]))
    }
  }
  return difference / largest
}

function agreement(a: Network, b: Network): number {
  const pa = predictAll(a, test)
  const pb = predictAll(b, test)
  return pa.filter((p, i) => p === pb[i]).length / test.count
}

describe('the WebAssembly kernels train what the reference trains', () => {
  for (const name of PRESET_NAMES) {
    it(`${name}: one epoch on 1 000 images gives the same weights within float32 rounding and the same predictions`, () => {
      const [reference, fast] = bothAfterOneEpoch(PRESETS[name].config, train)
      expect(largestDifference(reference, fast)).toBeLessThan(1e-5)
      expect(agreement(reference, fast)).toBeGreaterThanOrEqual(0.999)
      // Training moved the weights: the comparison is not between two untouched initialisations.
      const rng = new Rng(PRESETS[name].config.seed)
      expect(largestDifference(initNetwork(architectureOf(PRESETS[name].config), PRESETS[name].config.init, rng), fast)).toBeGreaterThan(1e-3)
    })
  }

  // Every path through the kernels: each activation and cost; first layers narrower and wider than the
  // grouped update's threshold and not a multiple of 4; momentum on and off (with L2 and η decay); batches
  // buffered, of 1, and too large to buffer.
  const grid: Array<{ hidden: HiddenActivation; output: OutputActivation; cost: Cost; layers: number[]; batchSize: number; momentum: number; l2: number }> = [
    { hidden: 'sigmoid', output: 'sigmoid', cost: 'quadratic', layers: [784, 5, 7, 10], batchSize: 7, momentum: 0, l2: 0 },
    { hidden: 'tanh', output: 'sigmoid', cost: 'cross-entropy', layers: [784, 100, 10], batchSize: 16, momentum: 0, l2: 5 },
    { hidden: 'relu', output: 'softmax', cost: 'cross-entropy', layers: [784, 130, 33, 10], batchSize: 32, momentum: 0.9, l2: 20 },
    { hidden: 'relu', output: 'softmax', cost: 'cross-entropy', layers: [784, 18, 10], batchSize: 1, momentum: 0.5, l2: 0 },
    { hidden: 'sigmoid', output: 'softmax', cost: 'cross-entropy', layers: [784, 70, 10], batchSize: 300, momentum: 0, l2: 1 },
    { hidden: 'tanh', output: 'sigmoid', cost: 'quadratic', layers: [784, 9, 9, 9, 10], batchSize: 300, momentum: 0.8, l2: 0 },
    { hidden: 'relu', output: 'sigmoid', cost: 'quadratic', layers: [784, 10], batchSize: 10, momentum: 0, l2: 0 }
  ]
  for (const { hidden, output, cost, layers, batchSize, momentum, l2 } of grid) {
    it(`${layers.join('-')}, ${hidden}/${output}/${cost}, batch ${batchSize}, momentum ${momentum}, L2 ${l2}`, () => {
      const config: TrainConfig = {
        layers,
        hiddenActivation: hidden,
        outputActivation: output,
        cost,
        init: hidden === 'relu' ? 'he' : 'xavier',
        eta: hidden === 'sigmoid' && cost === 'quadratic' ? 3 : 0.05,
        batchSize,
        epochs: 1,
        momentum,
        l2,
        etaDecay: 0.9,
        seed: 5
      }
      const images = toSparseImages(trainSet.pixels, trainSet.labels, 784, 600)
      const [reference, fast] = bothAfterOneEpoch(config, images)
      expect(largestDifference(reference, fast)).toBeLessThan(1e-5)
    })
  }

  it('the same config and seed give bit-identical weights, epoch after epoch', () => {
    const config = { ...PRESETS.wide.config, seed: 3 }
    const runs = [0, 1].map(() => {
      const rng = new Rng(config.seed)
      const trainer = new WasmTrainer(kernels, initNetwork(architectureOf(config), config.init, rng), config, rng)
      trainer.trainEpoch(train)
      trainer.trainEpoch(train)
      return Buffer.from(packParams(trainer.toNetwork()))
    })
    expect(runs[0].equals(runs[1])).toBe(true)
  })

  it('evaluates as the reference evaluates: the same predictions, accuracy and cost', () => {
    const [reference] = bothAfterOneEpoch(PRESETS.classic.config, train)
    const fast = evaluateWithKernels(kernels, reference, test)
    const slow = evaluate(reference, test)
    expect(Math.abs(fast.accuracy - slow.accuracy)).toBeLessThanOrEqual(1 / test.count)
    expect(fast.cost).toBeCloseTo(slow.cost, 5)
    expect(fast.confusion.flat().reduce((a, b) => a + b, 0)).toBe(test.count)
    expect(fast.confusion.map((row, digit) => row.reduce((a, b) => a + b, 0) === test.labels.filter((l) => l === digit).length)).not.toContain(false)
  })
})

describe('backpropagation in the kernels agrees with finite differences', () => {
  for (const hidden of HIDDEN_ACTIVATIONS) {
    for (const [output, cost] of OUTPUT_COST_PAIRS) {
      it(`${hidden} hidden layers, ${output} output, ${cost} cost`, () => {
        const { architecture, network, image, gradient } = gradientCheckCase(hidden, output, cost, 1e-5)
        // One plain SGD step with η = 1 on one sample moves every parameter by −∂C/∂p (in float32 here).
        const trainer = new WasmTrainer(kernels, network, { eta: 1, batchSize: 1, momentum: 0, l2: 0 }, new Rng(1))
        trainer.trainBatch(image, trainer.beginEpoch(1), 0, 1)
        const after = trainer.toNetwork()
        let checked = 0
        gradient.wt.forEach((numeric, l) => {
          const [inputs, outputs] = [architecture.layers[l], architecture.layers[l + 1]]
          numeric.forEach((expected, i) => {
            // [in][out] index i is input ⌊i / outputs⌋ to output i mod outputs; the network's rows are outputs.
            const canonical = (i % outputs) * inputs + Math.floor(i / outputs)
            const analytic = network.weights[l][canonical] - after.weights[l][canonical]
            expect(Math.abs(analytic - expected), `w[${l}][${canonical}]`).toBeLessThan(2e-6 + 1e-3 * Math.abs(expected))
            checked++
          })
        })
        gradient.b.forEach((numeric, l) =>
          numeric.forEach((expected, j) => {
            expect(Math.abs(network.biases[l][j] - after.biases[l][j] - expected), `b[${l}][${j}]`).toBeLessThan(2e-6 + 1e-3 * Math.abs(expected))
            checked++
          })
        )
        expect(checked).toBe(12 * 7 + 7 + 7 * 5 + 5 + 5 * 4 + 4)
      })
    }
  }
})
