// `npm run bench [-- --json] [-- --numpy] [-- --runs N]`: training throughput per preset (the WebAssembly
// kernels the app and CLI train with, and the plain TypeScript reference), test-set evaluation time, forward
// latency and peak memory. With --numpy, also trains every preset through the CLI (`digitscope train`, as a
// user runs it) and with bench/numpy_trainer.py (numpy + OpenBLAS, one thread, on the OpenBLAS kernel that
// is fastest here, so numpy is at its best) in the same run, N rounds (default 3) interleaved, and
// reports each preset's ratio. Medians throughout: the machines are noisy.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Datasets } from '../src/main/services/datasets'
import { mnistFolder } from '../src/main/services/mnist-files'
import { openServices } from '../src/main/services/services'
import { trainingKernels } from '../src/main/services/load-training-kernels'
import { openComparison } from './open-comparison'
import { buildTrainingKernels } from '../scripts/build/wasm-kernels'
import { architectureOf } from '../src/shared/training/config'
import { evaluate } from '../src/shared/training/evaluate'
import { initNetwork } from '../src/shared/network/init'
import { PRESETS, PRESET_NAMES, type PresetName } from '../src/shared/training/presets'
import { Rng } from '../src/shared/network/rng'
import { SgdTrainer } from '../src/shared/training/sgd'
import { denseInput, toSparseImages } from '../src/shared/training/sparse-images'
import { evaluateWithKernels, WasmTrainer } from '../src/shared/training/wasm-trainer'

const json = process.argv.includes('--json')
const withNumpy = process.argv.includes('--numpy')
const runsFlag = process.argv.indexOf('--runs')
const rounds = runsFlag > 0 ? Math.max(1, Number(process.argv[runsFlag + 1]) || 3) : 3
const log = (line: string) => !json && console.log(line)
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const range = (values: number[], digits = 2) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`
const root = join(import.meta.dirname, '..')

await buildTrainingKernels(root)
const kernels = trainingKernels()
const loadStarted = performance.now()
const datasets = new Datasets()
const trainSet = datasets.load('train')
const testSet = datasets.load('test')
const readMs = performance.now() - loadStarted
const sparseStarted = performance.now()
const train = toSparseImages(trainSet.pixels, trainSet.labels, 784)
const test = toSparseImages(testSet.pixels, testSet.labels, 784)
const sparseMs = performance.now() - sparseStarted
log(`MNIST: read ${readMs.toFixed(0)} ms, inked-pixel lists of 70 000 images ${sparseMs.toFixed(0)} ms (once per process)`)
const EPOCHS: Record<PresetName, number> = { classic: 5, modern: 5, wide: 3 }

const training: Record<string, { medianSamplesPerSecond: number; epochSeconds: number[]; referenceSamplesPerSecond?: number }> = {}
for (const name of PRESET_NAMES) {
  const config = PRESETS[name].config
  const rng = new Rng(config.seed)
  const trainer = new WasmTrainer(kernels, initNetwork(architectureOf(config), config.init, rng), config, rng)
  const seconds: number[] = []
  for (let e = 0; e < EPOCHS[name]; e++) {
    const started = performance.now()
    trainer.trainEpoch(train)
    seconds.push((performance.now() - started) / 1000)
  }
  // The plain TypeScript reference, one epoch, for scale.
  const referenceRng = new Rng(config.seed)
  const reference = new SgdTrainer(initNetwork(architectureOf(config), config.init, referenceRng), config, referenceRng)
  const referenceStarted = performance.now()
  reference.trainEpoch(train)
  const referenceSamplesPerSecond = Math.round(train.count / ((performance.now() - referenceStarted) / 1000))
  const medianSamplesPerSecond = Math.round(train.count / median(seconds))
  training[name] = { medianSamplesPerSecond, epochSeconds: seconds.map((s) => Number(s.toFixed(3))), referenceSamplesPerSecond }
  log(
    `train ${name.padEnd(8)} ${medianSamplesPerSecond.toLocaleString('en-US').padStart(8)} samples/s in-process (median of ${seconds.length} epochs: ${seconds.map((s) => s.toFixed(3)).join(', ')} s); ` +
      `plain TypeScript reference ${referenceSamplesPerSecond.toLocaleString('en-US')} samples/s`
  )
}

const classic = initNetwork(architectureOf(PRESETS.classic.config), 'normal', new Rng(1))
const timeEvaluation = (run: () => void) =>
  median(
    Array.from({ length: 9 }, () => {
      const started = performance.now()
      run()
      return performance.now() - started
    })
  )
const evalMs = timeEvaluation(() => evaluateWithKernels(kernels, classic, test))
const referenceEvalMs = timeEvaluation(() => evaluate(classic, test))
log(`evaluate 10 000 test images (classic): ${evalMs.toFixed(1)} ms with the kernels, as the app and CLI do (${((evalMs * 1000) / test.count).toFixed(2)} µs per image); plain TypeScript ${referenceEvalMs.toFixed(1)} ms (medians of 9)`)

const inputs = Array.from({ length: 100 }, (_, i) => denseInput(test, i))
const forwardUs: number[] = []
for (let rep = 0; rep < 50; rep++) {
  const started = performance.now()
  for (let i = 0; i < 1000; i++) classic.forward(inputs[i % inputs.length])
  forwardUs.push((performance.now() - started) / 1000 * 1000)
}
log(`one forward pass of the reference network, as the renderer runs it (784-16-16-10, every z and a kept): ${median(forwardUs).toFixed(2)} µs (median of ${forwardUs.length} × 1 000)`)

// Opening a comparison of two versions among 100 stored: everything the view asks for, cold caches.
const compareMs: number[] = []
{
  const folder = mkdtempSync(join(tmpdir(), 'digitscope-bench-'))
  const services = openServices({ databaseFile: join(folder, 'bench.db'), version: 'bench' })
  const text = readFileSync(join(import.meta.dirname, '..', 'resources', 'default-model.digitscope.json'), 'utf8')
  const ids = Array.from({ length: 100 }, (_, i) => services.networks.importText(text, `copy ${i}`))
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
log(`peak memory (RSS) of this benchmark process (every trainer above, the reference, 100 stored versions): ${peakMb} MB; a training run alone: see --numpy`)

/** numpy_trainer.py's settings matching each preset. */
const NUMPY_ARGS: Record<PresetName, string[]> = {
  classic: ['--act', 'sigmoid', '--loss', 'mse', '--init', 'nielsen', '--lr', '3.0', '--batch', '10'],
  modern: ['--act', 'relu', '--loss', 'ce', '--init', 'scaled', '--lr', '0.05', '--batch', '32'],
  wide: ['--arch', '784,128,64,10', '--act', 'relu', '--loss', 'ce', '--init', 'scaled', '--lr', '0.05', '--batch', '32']
}
const COMPARED_EPOCHS = 3
type Side = { medianEpochSeconds: number; wallSeconds: number; peakRssMb: number }
type Compared = { rounds: Array<{ cli: Side; numpy: Side; ratio: number }>; medianRatio: number }
let numpy: Record<string, Compared> | { error: string } | undefined

/**
 * Runs a command from a small shell: on Linux a child's ru_maxrss starts from what its parent occupied when
 * it forked (this benchmark holds a gigabyte by then), so numpy's own peak figure is only true from `sh`.
 */
function spawnSmall(command: string, args: string[], options: Parameters<typeof spawnSync>[2]) {
  return spawnSync('/bin/sh', ['-c', 'exec "$@"', 'sh', command, ...args], { ...options, encoding: 'utf8' })
}

/** `digitscope train` as a user runs it, from the built CLI: per-epoch seconds from its JSON lines. */
function viaCli(preset: PresetName): Side {
  const folder = mkdtempSync(join(tmpdir(), 'digitscope-bench-cli-'))
  // Reports the process's peak RSS (its worker thread included) when it exits: VmHWM, which exec resets.
  const rss = 'data:text/javascript,import{readFileSync}from"node:fs";import{isMainThread}from"node:worker_threads";isMainThread&&process.on("exit",()=>process.stderr.write("peak "+/VmHWM:\\s*(\\d+)/.exec(readFileSync("/proc/self/status","utf8"))[1]+"\\n"))'
  const started = performance.now()
  const result = spawnSmall(process.execPath, ['--import', rss, join(root, 'bin', 'digitscope.mjs'), 'train', '--preset', preset, '--epochs', String(COMPARED_EPOCHS), '--json', '--db', join(folder, 'bench.db')], { encoding: 'utf8' })
  const wallSeconds = (performance.now() - started) / 1000
  rmSync(folder, { recursive: true, force: true })
  const seconds = result.stdout
    .split('\n')
    .filter((line) => line.includes('"type":"epoch"'))
    .map((line) => (JSON.parse(line) as { seconds: number }).seconds)
  if (result.status !== 0 || seconds.length !== COMPARED_EPOCHS) throw new Error(`digitscope train failed: ${result.stderr.trim().split('\n').at(-1)}`)
  const peak = Number(/peak (\d+)/.exec(result.stderr)?.[1] ?? 0)
  return { medianEpochSeconds: median(seconds), wallSeconds, peakRssMb: Math.round(peak / 1024) }
}

/** Debian's Python, whose numpy uses the system OpenBLAS; else whichever python3 is on the PATH. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'

/** numpy's environment: one thread, the system OpenBLAS, and `coretype` as its kernel (undefined: its own choice). */
function numpyEnv(coretype: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, MNIST_DIR: mnistFolder(), OMP_NUM_THREADS: '1', LD_LIBRARY_PATH: '/usr/lib/x86_64-linux-gnu/openblas-openmp' }
  delete env.OPENBLAS_CORETYPE
  delete env.OPENBLAS_L2_SIZE
  if (coretype) env.OPENBLAS_CORETYPE = coretype
  return env
}

/**
 * The OpenBLAS kernel under which numpy trains fastest here. OpenBLAS picks one from the CPU's model, and
 * a virtual machine that hides the model gets an older kernel: measured on an AVX-512 Xeon, 0.25 s a
 * `modern` epoch on its own choice, 0.14 s on SkylakeX. Each candidate trains one `classic` epoch; one
 * that reads the test set worse than its own choice (a kernel computing wrong numbers) is passed over.
 */
function fastestOpenBlasKernel(script: string): { coretype: string | undefined; probes: string } {
  const flags = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : ''
  const candidates = [undefined, ...(/\bavx512f\b/.test(flags) ? ['SkylakeX'] : []), ...(/\bavx2\b/.test(flags) ? ['Haswell'] : [])]
  const probes = candidates.map((coretype) => {
    const result = spawnSmall(PYTHON, [script, '--epochs', '1', ...NUMPY_ARGS.classic], { encoding: 'utf8', env: numpyEnv(coretype) })
    const line = result.stdout.split('\n').find((l) => l.startsWith('RESULT '))
    const parsed = line ? (JSON.parse(line.slice(7)) as { median_epoch_s: number; test_acc: number[] }) : undefined
    return { coretype, seconds: parsed?.median_epoch_s ?? Infinity, accuracy: parsed?.test_acc[0] ?? 0 }
  })
  const own = probes[0]
  const fastest = probes.filter((p) => p.accuracy >= own.accuracy - 0.5).reduce((a, b) => (b.seconds < a.seconds ? b : a), own)
  return { coretype: fastest.coretype, probes: probes.map((p) => `${p.coretype ?? 'its own choice'} ${p.seconds.toFixed(3)} s (${p.accuracy} %)`).join(', ') }
}

let openBlasKernel: string | undefined

function viaNumpy(preset: PresetName, script: string): Side {
  const env = numpyEnv(openBlasKernel)
  const started = performance.now()
  const result = spawnSmall(PYTHON, [script, '--dtype', 'float32', '--epochs', String(COMPARED_EPOCHS), ...NUMPY_ARGS[preset]], { encoding: 'utf8', env })
  const wallSeconds = (performance.now() - started) / 1000
  const line = result.stdout.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`numpy_trainer.py failed: ${result.stderr.trim().split('\n').at(-1)}`)
  const parsed = JSON.parse(line.slice(7)) as { median_epoch_s: number; peak_rss_mb: number }
  return { medianEpochSeconds: parsed.median_epoch_s, wallSeconds, peakRssMb: Math.round(parsed.peak_rss_mb) }
}

if (withNumpy) {
  const script = join(root, 'bench', 'numpy_trainer.py')
  const probe = spawnSync(PYTHON, ['-c', 'import numpy'], { encoding: 'utf8' })
  if (probe.status !== 0) numpy = { error: `${PYTHON} cannot import numpy (${(probe.stderr || String(probe.error)).trim().split('\n').at(-1)}): on Debian, apt-get install python3-numpy libopenblas0-openmp` }
  else if (!existsSync(join(root, 'out', 'cli', 'digitscope.mjs'))) numpy = { error: 'the built CLI (out/cli) is missing: run npm run build first' }
  else {
    try {
      const kernel = fastestOpenBlasKernel(script)
      openBlasKernel = kernel.coretype
      log(`numpy's OpenBLAS kernel: ${kernel.coretype ?? 'its own choice'} (one classic epoch each: ${kernel.probes})`)
      const compared: Record<string, Compared> = {}
      for (const name of PRESET_NAMES) compared[name] = { rounds: [], medianRatio: 0 }
      // Rounds interleave the presets and the two sides, so a slow spell of the machine touches both.
      for (let round = 0; round < rounds; round++) {
        for (const name of PRESET_NAMES) {
          const cli = viaCli(name)
          const np = viaNumpy(name, script)
          compared[name].rounds.push({ cli, numpy: np, ratio: Number((np.medianEpochSeconds / cli.medianEpochSeconds).toFixed(2)) })
        }
      }
      log(`\nthrough the CLI against numpy + OpenBLAS (one thread), ${COMPARED_EPOCHS} epochs each, ${rounds} interleaved rounds:`)
      for (const name of PRESET_NAMES) {
        const c = compared[name]
        const ratios = c.rounds.map((r) => r.ratio)
        c.medianRatio = median(ratios)
        const ours = c.rounds.map((r) => r.cli.medianEpochSeconds)
        const theirs = c.rounds.map((r) => r.numpy.medianEpochSeconds)
        log(
          `  ${name.padEnd(8)} s/epoch: Digitscope ${median(ours).toFixed(3)} (${range(ours, 3)}), numpy ${median(theirs).toFixed(3)} (${range(theirs, 3)}) → ` +
            `${c.medianRatio.toFixed(2)}× numpy (rounds: ${ratios.join(', ')}); ` +
            `whole run ${median(c.rounds.map((r) => r.cli.wallSeconds)).toFixed(2)} s vs ${median(c.rounds.map((r) => r.numpy.wallSeconds)).toFixed(2)} s; ` +
            `peak RSS ${Math.max(...c.rounds.map((r) => r.cli.peakRssMb))} MB vs ${Math.max(...c.rounds.map((r) => r.numpy.peakRssMb))} MB`
        )
        const inProcess = training[name].medianSamplesPerSecond
        log(`  ${''.padEnd(8)} in-process: ${inProcess.toLocaleString('en-US')} samples/s → ${(inProcess * median(theirs) / train.count).toFixed(2)}× numpy`)
      }
      numpy = compared
    } catch (error) {
      numpy = { error: (error as Error).message }
    }
  }
  if ('error' in numpy) log(`numpy comparison skipped: ${numpy.error}`)
}

if (json) {
  console.log(
    JSON.stringify({
      machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version },
      training,
      mnistMs: { read: Math.round(readMs), inkedPixelLists: Math.round(sparseMs) },
      evaluateTestSetMs: Number(evalMs.toFixed(2)),
      referenceEvaluateTestSetMs: Number(referenceEvalMs.toFixed(2)),
      forwardPassMicroseconds: Number(median(forwardUs).toFixed(3)),
      openComparisonMs: Number(median(compareMs).toFixed(1)),
      peakRssMb: peakMb,
      numpy
    })
  )
}
