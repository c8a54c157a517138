// One training run (or the lesson's short demonstration, demo-run.ts), in a worker thread: loads MNIST itself, runs the shared training loop, and posts
// progress and each epoch's weights back to main, which is the database's only writer. It trains with the
// WebAssembly kernels; DIGITSCOPE_TRAINER=reference trains with the plain TypeScript reference instead
// (float64: what made the bundled model, which `npm run make-default-model` makes again byte for byte).
import { parentPort, workerData } from 'node:worker_threads'
import { architectureOf } from '../../shared/training/config'
import { packParams, unpackParams } from '../../shared/model/params'
import { toSparseImages, type SparseImages } from '../../shared/training/sparse-images'
import { runTrainingLoop } from '../../shared/training/training-loop'
import { runDemo } from '../../shared/training/demo-run'
import { CONTROL_PAUSE, CONTROL_STOP, type WorkerMessage, type WorkerStart } from '../../shared/training/worker-protocol'
import { Datasets } from '../services/datasets'
import { trainingKernels } from '../services/load-training-kernels'

const start = workerData as WorkerStart
const port = parentPort
if (!port) throw new Error('training-worker must run as a worker thread')
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer)
const control = new Int32Array(start.control)

try {
  const datasets = new Datasets(start.mnistFolder)
  const trainSet = datasets.load('train')
  const testSet = datasets.load('test')
  const size = trainSet.rows * trainSet.cols
  const train = start.extra ? mixIn(trainSet, size, start.subset, start.extra) : toSparseImages(trainSet.pixels, trainSet.labels, size, start.subset)
  const test = toSparseImages(testSet.pixels, testSet.labels, size, start.demo?.tested)
  post({ type: 'ready', trainCount: train.count, testCount: test.count })
  if (start.demo) demo(start.demo.parts, train, test)
  else run(train, test)
} catch (error) {
  post({ type: 'failed', message: (error as Error).message ?? String(error) })
}

/** The lesson's demonstration: each snapshot posted with its weights; nothing else. */
function demo(parts: number, train: SparseImages, test: SparseImages): void {
  runDemo(start.config, train, test, parts, ({ network, ...numbers }) => {
    const params = packParams(network)
    post({ type: 'snapshot', ...numbers, params }, [params.buffer as ArrayBuffer])
  }, trainingKernels())
  post({ type: 'done', outcome: { status: 'completed' } })
}

function run(train: SparseImages, test: SparseImages): void {
  const initial = start.initialParams ? unpackParams(architectureOf(start.config), start.initialParams) : undefined
  const outcome = runTrainingLoop(start.config, train, test, {
    onStart: (network) => {
      const params = packParams(network)
      post({ type: 'start', params }, [params.buffer as ArrayBuffer])
    },
    onProgress: (progress) => post({ type: 'progress', ...progress }),
    onEpoch: ({ epoch, network, trainCost, evaluation, seconds }) => {
      const params = packParams(network)
      post({ type: 'epoch', epoch, params, trainCost, evaluation, seconds }, [params.buffer as ArrayBuffer])
    },
    control: () => {
      // Paused: sleep until main writes another value (no CPU is used while waiting).
      while (Atomics.load(control, 0) === CONTROL_PAUSE) Atomics.wait(control, 0, CONTROL_PAUSE)
      return Atomics.load(control, 0) === CONTROL_STOP ? 'stop' : 'go'
    }
  }, initial, process.env.DIGITSCOPE_TRAINER === 'reference' ? undefined : trainingKernels())
  post({ type: 'done', outcome })
}

/** The first `subset` MNIST images followed by the user's drawings, each `repeat` times (the loop shuffles). */
function mixIn(set: { pixels: Uint8Array; labels: Uint8Array }, size: number, subset: number | undefined, extra: NonNullable<WorkerStart['extra']>) {
  const base = Math.min(subset ?? set.labels.length, set.labels.length)
  const count = extra.labels.length
  const pixels = new Uint8Array((base + count * extra.repeat) * size)
  const labels = new Uint8Array(base + count * extra.repeat)
  pixels.set(set.pixels.subarray(0, base * size))
  labels.set(set.labels.subarray(0, base))
  for (let r = 0; r < extra.repeat; r++) {
    pixels.set(extra.pixels, (base + r * count) * size)
    labels.set(extra.labels, base + r * count)
  }
  return toSparseImages(pixels, labels, size)
}
