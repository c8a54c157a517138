import { Worker } from 'node:worker_threads'
import type { TrainConfig } from '../../shared/training/config'
import type { ActiveRun, ErrorReason, SaveTarget, TrainingEpoch, TrainingProgress, TrainingState } from '../../shared/ipc/types'
import { CONTROL_PAUSE, CONTROL_RUN, CONTROL_STOP, type WorkerMessage, type WorkerStart } from '../../shared/training/worker-protocol'
import { displayRunName, RUN_NAME_WORDS_EN } from '../../shared/i18n/run-names'
import { DigitscopeError } from './errors/errors'
import { explainStorageFailure } from './errors/storage-errors'
import type { Store } from './store/store'

interface TrainRequest {
  config: TrainConfig
  name: string
  preset: string | null
  /** Train on the first N training images only (quick runs, tests). */
  subset?: number
  /** Fine-tuning: the version it starts from (its weights are `initialParams`), recorded as the run's parent. */
  parentVersionId?: number
  initialParams?: Uint8Array
  extra?: WorkerStart['extra']
}

export type TrainerEvent =
  | { type: 'state'; state: TrainingState }
  | { type: 'progress'; progress: TrainingProgress }
  | { type: 'epoch'; epoch: TrainingEpoch }

interface TrainerOptions {
  /** The worker's entry: the built out/worker/training-worker.cjs in the app, dev-starter.mjs under tsx. */
  workerScript: string | URL
  mnistFolder: string
  onEvent?: (event: TrainerEvent) => void
}

interface TrainOutcome {
  runId: number
  status: 'completed' | 'cancelled' | 'failed' | 'interrupted' | 'diverged'
  error: string | null
  versionId: number | null
  testAccuracy: number | null
}

interface Current {
  run: ActiveRun
  config: TrainConfig
  worker: Worker
  control: Int32Array
  settled: Promise<TrainOutcome>
  trainSeconds: number
}

/**
 * Runs training in a worker thread, one run at a time, and stores each finished epoch as a snapshot in
 * one transaction. A worker that throws or dies marks its run failed; the finished epochs stay.
 */
export class Trainer {
  private current: Current | undefined
  private readonly listeners = new Set<(event: TrainerEvent) => void>()

  constructor(
    private readonly store: Store,
    private readonly options: TrainerOptions
  ) {}

  active(): ActiveRun | null {
    return this.current?.run ?? null
  }

  start(request: TrainRequest): { runId: number; done: Promise<TrainOutcome> } {
    if (this.current) {
      const { run } = this.current
      const where = run.progress ? ` (epoch ${run.progress.epoch} of ${run.progress.epochs})` : ''
      throw new DigitscopeError('busy', `A training run is already going: “${displayRunName(run.name, RUN_NAME_WORDS_EN)}”${where}. Wait for it to finish, or cancel it first.`, {
        reason: { key: 'training-busy', runName: run.name }
      })
    }
    const runId = this.store.runs.create({ name: request.name, preset: request.preset, origin: { kind: 'trained', config: request.config }, parentVersionId: request.parentVersionId })
    const control = new Int32Array(new SharedArrayBuffer(4))
    const workerData: WorkerStart = {
      config: request.config,
      subset: request.subset,
      mnistFolder: this.options.mnistFolder,
      control: control.buffer as SharedArrayBuffer,
      initialParams: request.initialParams,
      extra: request.extra
    }
    const worker = new Worker(this.options.workerScript, { workerData })
    const run: ActiveRun = {
      runId,
      name: request.name,
      preset: request.preset,
      state: { runId, status: 'starting', error: null },
      progress: null,
      epochs: []
    }
    let settle!: (outcome: TrainOutcome) => void
    const settled = new Promise<TrainOutcome>((resolve) => (settle = resolve))
    this.current = { run, config: request.config, worker, control, settled, trainSeconds: 0 }
    this.emit({ type: 'state', state: run.state })

    let finished = false
    const finish = (status: TrainOutcome['status'], error: string | null, reason?: ErrorReason) => {
      if (finished) return
      finished = true
      try {
        this.store.runs.setStatus(runId, status, error)
      } catch {
        // The disk may be full or read-only: the user still hears why; the next start marks the run interrupted.
      }
      this.setState(run, status, error, reason)
      this.current = undefined
      const last = run.epochs.at(-1)
      settle({ runId, status, error, versionId: last?.versionId ?? null, testAccuracy: last?.testAccuracy ?? null })
      void worker.terminate()
    }

    worker.on('message', (message: WorkerMessage) => {
      try {
        this.onMessage(run, message, finish)
      } catch (error) {
        const keptEpochs = run.epochs.length
        const target: SaveTarget = message.type === 'epoch' ? { kind: 'epoch', epoch: message.epoch, keptEpochs } : { kind: 'results' }
        const kept = keptEpochs ? ` The ${keptEpochs} epoch${keptEpochs === 1 ? '' : 's'} before it ${keptEpochs === 1 ? 'is' : 'are'} kept.` : ''
        const explained = explainStorageFailure(error, this.store.file, target)
        finish('failed', explained ? `Training stopped: ${explained.message}${kept}` : `Could not store the training results: ${(error as Error).message}`, explained?.reason)
      }
    })
    worker.on('error', (error) => finish('failed', `The training worker failed: ${error.message}`))
    worker.on('exit', (code) => finish('failed', `The training worker stopped unexpectedly (exit code ${code}).`))
    return { runId, done: settled }
  }

  pause(runId: number): void {
    const current = this.require(runId)
    if (current.run.state.status !== 'running' && current.run.state.status !== 'starting') return
    Atomics.store(current.control, 0, CONTROL_PAUSE)
    this.store.runs.setStatus(runId, 'paused')
    this.setState(current.run, 'paused', null)
  }

  resume(runId: number): void {
    const current = this.require(runId)
    if (current.run.state.status !== 'paused') return
    Atomics.store(current.control, 0, CONTROL_RUN)
    Atomics.notify(current.control, 0)
    this.store.runs.setStatus(runId, 'running')
    this.setState(current.run, 'running', null)
  }

  /** Stops after the current mini-batch; finished epochs are kept. Resolves when the run has ended. */
  cancel(runId: number): Promise<TrainOutcome> {
    const current = this.require(runId)
    Atomics.store(current.control, 0, CONTROL_STOP)
    Atomics.notify(current.control, 0)
    return current.settled
  }

  /** Ends the run now, marking it interrupted (the app is quitting). */
  async dispose(): Promise<void> {
    const current = this.current
    if (!current) return
    this.current = undefined
    this.store.runs.setStatus(current.run.runId, 'interrupted', 'Digitscope quit before this run finished; its finished epochs are kept.')
    await current.worker.terminate()
  }

  private onMessage(run: ActiveRun, message: WorkerMessage, finish: (status: TrainOutcome['status'], error: string | null) => void): void {
    const current = this.current
    if (!current) return
    switch (message.type) {
      case 'ready':
        if (run.state.status === 'starting') this.setState(run, 'running', null)
        return
      case 'start':
        this.store.runs.saveStart(run.runId, message.params)
        return
      case 'progress': {
        const { type: _type, ...rest } = message
        run.progress = { runId: run.runId, ...rest }
        this.emit({ type: 'progress', progress: run.progress })
        return
      }
      case 'epoch': {
        current.trainSeconds += message.seconds
        const { evaluation } = message
        const versionId = this.store.versions.add(run.runId, {
          epoch: message.epoch,
          layers: current.config.layers,
          params: message.params,
          trainCost: message.trainCost,
          testAccuracy: evaluation.accuracy,
          testCost: evaluation.cost,
          metrics: { perClassAccuracy: evaluation.perClassAccuracy, confusion: evaluation.confusion },
          trainSeconds: current.trainSeconds
        })
        const epoch: TrainingEpoch = {
          runId: run.runId,
          epoch: message.epoch,
          epochs: current.config.epochs,
          versionId,
          trainCost: message.trainCost,
          testAccuracy: evaluation.accuracy,
          testCost: evaluation.cost,
          seconds: message.seconds
        }
        run.epochs.push(epoch)
        this.emit({ type: 'epoch', epoch })
        return
      }
      case 'done': {
        const { outcome } = message
        if (outcome.status !== 'diverged') finish(outcome.status, null)
        else {
          const n = run.epochs.length
          const kept = n > 0 ? ` The ${n} epoch${n === 1 ? '' : 's'} before it ${n === 1 ? 'is' : 'are'} kept.` : ' No epoch was stored.'
          finish('diverged', `Training diverged in epoch ${outcome.epoch}: the cost or the weights stopped being numbers (η = ${current.config.eta} is too large for these settings). Try a smaller η, or less momentum.${kept}`)
        }
        return
      }
      case 'failed':
        finish('failed', message.message)
    }
  }

  private setState(run: ActiveRun, status: TrainingState['status'], error: string | null, reason?: ErrorReason): void {
    run.state = { runId: run.runId, status, error, ...(reason && { reason }) }
    this.emit({ type: 'state', state: run.state })
  }

  private require(runId: number): Current {
    if (!this.current || this.current.run.runId !== runId) {
      throw new DigitscopeError('not-found', `Training run ${runId} is not in progress.`, { reason: { key: 'not-training', runId } })
    }
    return this.current
  }

  /** Adds a listener besides `onEvent`; returns the function that removes it. */
  subscribe(listener: (event: TrainerEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(event: TrainerEvent): void {
    this.options.onEvent?.(event)
    this.listeners.forEach((listener) => listener(event))
  }
}
