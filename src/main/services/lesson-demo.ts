import { Worker } from 'node:worker_threads'
import { demoConfig } from '../../shared/training/demo-run'
import type { LessonDemo, LessonDemoRequest } from '../../shared/ipc/types'
import type { WorkerMessage, WorkerStart } from '../../shared/training/worker-protocol'
import { DigitscopeError } from './errors/errors'

/** Snapshots per pass over the images: the cost and the weight images change in front of the learner. */
const PARTS = 5
/** How many MNIST test digits each snapshot is tested on: the lesson's question counts them. */
export const DEMO_TESTED = 100

/**
 * The lesson's step 11: the lecture's network trained from its random start on a few MNIST images, in the
 * training worker with the WebAssembly kernels. Nothing is stored: no run, no version.
 */
export function runLessonDemo(workerScript: string | URL, mnistFolder: string, { seed, images, passes }: LessonDemoRequest): Promise<LessonDemo> {
  const workerData: WorkerStart = {
    config: demoConfig(seed, passes),
    subset: images,
    mnistFolder,
    control: new SharedArrayBuffer(4),
    demo: { parts: PARTS, tested: DEMO_TESTED }
  }
  const started = Date.now()
  const worker = new Worker(workerScript, { workerData })
  const snapshots: LessonDemo['snapshots'] = []
  return new Promise<LessonDemo>((resolve, reject) => {
    const fail = (message: string) => {
      void worker.terminate()
      reject(new DigitscopeError('internal', `The lesson's training could not run: ${message}`))
    }
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'snapshot') {
        const { type: _, ...snapshot } = message
        snapshots.push(snapshot)
      } else if (message.type === 'failed') fail(message.message)
      else if (message.type === 'done') {
        void worker.terminate()
        resolve({ images, passes, parts: PARTS, seconds: (Date.now() - started) / 1000, snapshots })
      }
    })
    worker.on('error', (error) => fail(error.message))
    worker.on('exit', (code) => fail(`the worker stopped (exit code ${code})`))
  })
}
