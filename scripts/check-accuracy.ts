// `npm run check-accuracy [-- preset …]`: trains each preset with seed 1 on all 60 000 training images,
// with the WebAssembly kernels the app and CLI train with, and checks the accuracy targets on the 10 000
// test images. About 20 s: not part of `npm test`.
import { join } from 'node:path'
import { Datasets } from '../src/main/services/datasets'
import { architectureOf } from '../src/shared/training/config'
import { initNetwork } from '../src/shared/network/init'
import { isPresetName, PRESETS, type PresetName } from '../src/shared/training/presets'
import { Rng } from '../src/shared/network/rng'
import { toSparseImages } from '../src/shared/training/sparse-images'
import { WasmTrainer } from '../src/shared/training/wasm-trainer'
import { trainingKernels } from '../src/main/services/load-training-kernels'
import { buildTrainingKernels } from './build/wasm-kernels'

/** Minimum test accuracy by a given epoch, from the network issue's targets. */
const TARGETS: Record<PresetName, Array<{ epoch: number; accuracy: number }>> = {
  classic: [
    { epoch: 10, accuracy: 0.925 },
    { epoch: 30, accuracy: 0.935 }
  ],
  modern: [{ epoch: 20, accuracy: 0.96 }],
  wide: [{ epoch: 20, accuracy: 0.98 }]
}

await buildTrainingKernels(join(import.meta.dirname, '..'))
const kernels = trainingKernels()
const names = process.argv.slice(2).filter(isPresetName)
const datasets = new Datasets()
const trainSet = datasets.load('train')
const testSet = datasets.load('test')
const train = toSparseImages(trainSet.pixels, trainSet.labels, 784)
const test = toSparseImages(testSet.pixels, testSet.labels, 784)
let failed = false
const results: Record<string, unknown> = {}

for (const name of names.length > 0 ? names : (Object.keys(PRESETS) as PresetName[])) {
  const config = PRESETS[name].config
  const epochs = Math.max(...TARGETS[name].map((t) => t.epoch))
  const rng = new Rng(config.seed)
  const trainer = new WasmTrainer(kernels, initNetwork(architectureOf(config), config.init, rng), config, rng)
  const accuracies: number[] = []
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const started = performance.now()
    trainer.trainEpoch(train)
    const seconds = (performance.now() - started) / 1000
    const { accuracy } = trainer.evaluate(test)
    accuracies.push(accuracy)
    console.log(`${name} epoch ${epoch}: ${(accuracy * 100).toFixed(2)} % (${seconds.toFixed(1)} s)`)
  }
  for (const target of TARGETS[name]) {
    const best = Math.max(...accuracies.slice(0, target.epoch))
    const at = accuracies[target.epoch - 1]
    const ok = name === 'classic' ? at >= target.accuracy : best >= target.accuracy
    failed ||= !ok
    console.log(
      `${ok ? 'PASS' : 'FAIL'} ${name}: ${(at * 100).toFixed(2)} % after ${target.epoch} epochs (best ${(best * 100).toFixed(2)} %), target ≥ ${(target.accuracy * 100).toFixed(1)} %`
    )
  }
  results[name] = accuracies
}
console.log(`RESULT ${JSON.stringify(results)}`)
process.exitCode = failed ? 1 : 0
