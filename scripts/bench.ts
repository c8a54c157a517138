// `npm run bench [-- --json] [-- --numpy]`: training throughput per preset, test-set evaluation time,
// single forward-pass latency and peak memory. With --numpy, also runs ../shared/reference/np_mlp.py on
// the classic preset in the same session and reports the ratio. Medians throughout: the machines are noisy.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Datasets } from '../src/main/services/datasets'
import { mnistFolder } from '../src/main/services/mnist-files'
import { openServices } from '../src/main/services/services'
import { openComparison } from './open-comparison'
import { architectureOf } from '../src/shared/nn/config'
import { evaluate } from '../src/shared/nn/evaluate'
import { initNetwork } from '../src/shared/nn/init'
import { PRESETS, type PresetName } from '../src/shared/nn/presets'
import { Rng } from '../src/shared/nn/rng'
import { SgdTrainer } from '../src/shared/nn/sgd'
import { denseInput, toSparseImages } from '../src/shared/nn/sparse-images'

const json = process.argv.includes('--json')
const withNumpy = process.argv.includes('--numpy')
const log = (line: string) => !json && console.log(line)
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const datasets = new Datasets()
const trainSet = datasets.load('train')
const testSet = datasets.load('test')
const train = toSparseImages(trainSet.pixels, trainSet.labels, 784)
const test = toSparseImages(testSet.pixels, testSet.labels, 784)
const EPOCHS: Record<PresetName, number> = { classic: 5, modern: 5, wide: 3 }

const training: Record<string, { medianSamplesPerSecond: number; epochSeconds: number[] }> = {}
for (const name of Object.keys(PRESETS) as PresetName[]) {
  const config = PRESETS[name].config
  const rng = new Rng(config.seed)
  const trainer = new SgdTrainer(initNetwork(architectureOf(config), config.init, rng), config, rng)
  const seconds: number[] = []
  for (let e = 0; e < EPOCHS[name]; e++) {
    const started = performance.now()
    trainer.trainEpoch(train)
    seconds.push((performance.now() - started) / 1000)
  }
  const medianSamplesPerSecond = Math.round(train.count / median(seconds))
  training[name] = { medianSamplesPerSecond, epochSeconds: seconds.map((s) => Number(s.toFixed(3))) }
  log(`train ${name.padEnd(8)} ${medianSamplesPerSecond.toLocaleString('en-US').padStart(8)} samples/s (median of ${seconds.length} epochs: ${seconds.map((s) => s.toFixed(2)).join(', ')} s)`)
}

const classic = initNetwork(architectureOf(PRESETS.classic.config), 'normal', new Rng(1))
const evalMs: number[] = []
for (let rep = 0; rep < 9; rep++) {
  const started = performance.now()
  evaluate(classic, test)
  evalMs.push(performance.now() - started)
}
log(`evaluate 10 000 test images: ${median(evalMs).toFixed(1)} ms (median of ${evalMs.length})`)

const inputs = Array.from({ length: 100 }, (_, i) => denseInput(test, i))
const forwardUs: number[] = []
for (let rep = 0; rep < 50; rep++) {
  const started = performance.now()
  for (let i = 0; i < 1000; i++) classic.forward(inputs[i % inputs.length])
  forwardUs.push((performance.now() - started) / 1000 * 1000)
}
log(`one forward pass (784-16-16-10, every z and a kept): ${median(forwardUs).toFixed(2)} µs (median of ${forwardUs.length} × 1 000)`)

// Opening a comparison of two versions among 100 stored: everything the view asks for, cold caches.
const compareMs: number[] = []
{
  const folder = mkdtempSync(join(tmpdir(), 'digitscope-bench-'))
  const services = openServices({ databaseFile: join(folder, 'bench.db'), version: 'bench' })
  const text = readFileSync(join(import.meta.dirname, '..', 'resources', 'default-model.digitscope.json'), 'utf8')
  const ids = Array.from({ length: 100 }, (_, i) => services.models.importText(text, `copy ${i}`))
  for (let rep = 0; rep < 9; rep++) {
    const versionIds = [ids[rep * 2], ids[rep * 2 + 51]]
    const started = performance.now()
    await openComparison(services.dispatch, versionIds)
    compareMs.push(performance.now() - started)
  }
  await services.close()
  rmSync(folder, { recursive: true, force: true })
}
log(`open a comparison of 2 of 100 stored versions: ${median(compareMs).toFixed(1)} ms (median of ${compareMs.length}, cold)`)

const peakMb = Math.round(process.resourceUsage().maxRSS / 1024)
log(`peak memory (RSS) of this whole run: ${peakMb} MB`)

let numpy: { samplesPerSecond: number; ratio: number } | { error: string } | undefined
if (withNumpy) {
  const script = join(import.meta.dirname, '..', '..', 'shared', 'reference', 'np_mlp.py')
  const blas = '/usr/lib/x86_64-linux-gnu/openblas-openmp'
  if (!existsSync(script) || !existsSync('/usr/bin/python3')) {
    numpy = { error: `reference trainer not found (${script}) or no /usr/bin/python3` }
  } else {
    const result = spawnSync('/usr/bin/python3', [script, '--dtype', 'float32', '--batch', '10', '--epochs', '5'], {
      encoding: 'utf8',
      env: { ...process.env, MNIST_DIR: mnistFolder(), OMP_NUM_THREADS: '1', LD_LIBRARY_PATH: blas }
    })
    const line = result.stdout.split('\n').find((l) => l.startsWith('RESULT '))
    if (!line) numpy = { error: `np_mlp.py failed: ${result.stderr.trim().split('\n').at(-1)}` }
    else {
      const samplesPerSecond = (JSON.parse(line.slice(7)) as { samples_per_s: number }).samples_per_s
      numpy = { samplesPerSecond, ratio: Number((training.classic.medianSamplesPerSecond / samplesPerSecond).toFixed(2)) }
      log(`numpy + OpenBLAS, classic, same session: ${samplesPerSecond.toLocaleString('en-US')} samples/s → Digitscope is ${numpy.ratio}× numpy`)
    }
  }
  if ('error' in numpy) log(`numpy comparison skipped: ${numpy.error}`)
}

if (json) {
  console.log(
    JSON.stringify({
      machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version },
      training,
      evaluateTestSetMs: Number(median(evalMs).toFixed(2)),
      forwardPassMicroseconds: Number(median(forwardUs).toFixed(3)),
      openComparisonMs: Number(median(compareMs).toFixed(1)),
      peakRssMb: peakMb,
      numpy
    })
  )
}
