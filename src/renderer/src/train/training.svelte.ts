import type { ActiveRun, TrainingEpoch, TrainingProgress, TrainingState } from '../../../shared/ipc/types'
import type { ArgOf } from '../../../shared/ipc/contract'
import { call, on } from '../common/api'

/** The run the Train view follows: the one in progress, or the last one this window saw. */
export class Training {
  run = $state.raw<{ runId: number; name: string } | null>(null)
  state = $state.raw<TrainingState | null>(null)
  progress = $state.raw<TrainingProgress | null>(null)
  epochs = $state.raw<TrainingEpoch[]>([])
  /** The last failure, kept as thrown: its words are made when shown (messageOf), in the UI's language of the moment. */
  error = $state<unknown>(null)
  busy = $state(false)

  readonly active = $derived(this.state !== null && ['starting', 'running', 'paused'].includes(this.state.status))

  /** Events that arrive while `training:start` is still answering; replayed once the run id is known. */
  private early: Array<() => void> = []
  private starting = false

  /** Subscribes to main's training events and picks up a run already going. Returns the unsubscriber. */
  async connect(): Promise<() => void> {
    const forRun = (runId: number, apply: () => void) => {
      if (runId === this.run?.runId) apply()
      else if (this.starting) this.early.push(() => runId === this.run?.runId && apply())
    }
    const stops = [
      on('training:state', (state) => {
        // A run started elsewhere (fine-tuning from Versions): follow it from here on.
        if (state.status === 'starting' && !this.starting && state.runId !== this.run?.runId) void this.follow()
        forRun(state.runId, () => (this.state = state))
      }),
      on('training:progress', (progress) => forRun(progress.runId, () => (this.progress = progress))),
      on('training:epoch', (epoch) => forRun(epoch.runId, () => (this.epochs = [...this.epochs, epoch])))
    ]
    try {
      const current = await call('training:get-active')
      if (current) this.adopt(current)
    } catch (error) {
      this.error = error
    }
    return () => stops.forEach((stop) => stop())
  }

  private async follow(): Promise<void> {
    const current = await call('training:get-active').catch(() => null)
    if (current) this.adopt(current)
  }

  private adopt(current: ActiveRun): void {
    this.run = { runId: current.runId, name: current.name }
    this.state = current.state
    this.progress = current.progress
    this.epochs = current.epochs
  }

  async start(request: ArgOf<'training:start'>): Promise<void> {
    this.error = null
    this.busy = true
    this.starting = true
    try {
      const { runId } = await call('training:start', request)
      this.run = { runId, name: request.name }
      this.state = { runId, status: 'starting', error: null }
      this.progress = null
      this.epochs = []
      this.early.forEach((replay) => replay())
    } catch (error) {
      this.error = error
    } finally {
      this.early = []
      this.starting = false
      this.busy = false
    }
  }

  async control(action: 'pause' | 'resume' | 'cancel'): Promise<void> {
    if (!this.run) return
    try {
      await call(`training:${action}`, { runId: this.run.runId })
    } catch (error) {
      this.error = error
    }
  }
}
