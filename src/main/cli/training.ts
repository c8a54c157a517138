import type { CheckedArgOf, EventMap, EventName } from '../../shared/ipc/contract'
import type { TrainingEpoch, TrainingState } from '../../shared/ipc/types'
import { count, percent, ProgressBar } from './format'

/** The statuses a run ends with. */
const ENDED: ReadonlyArray<TrainingState['status']> = ['completed', 'cancelled', 'failed', 'interrupted', 'diverged']

/**
 * Follows one training run through the API's events, as the window does: a progress bar on a terminal
 * (or one JSON object per line), a line per epoch, and the outcome. Ctrl+C cancels the run; the epochs
 * that finished are kept.
 */
export class TrainingFollower {
  private readonly bar: ProgressBar | undefined
  private last: TrainingEpoch | undefined
  private end: ((state: TrainingState) => void) | undefined
  private readonly ended = new Promise<TrainingState>((resolve) => (this.end = resolve))

  constructor(
    private readonly json: boolean,
    private readonly print: (value: unknown) => void
  ) {
    this.bar = json || !process.stderr.isTTY ? undefined : new ProgressBar(process.stderr)
  }

  /** The services' event sink. */
  readonly emit = <E extends EventName>(event: E, payload: EventMap[E]): void => {
    if (event === 'training:progress') {
      const progress = payload as EventMap['training:progress']
      if (this.json) this.print({ type: 'progress', ...progress })
      else this.bar?.update(progress)
    } else if (event === 'training:epoch') {
      const epoch = (this.last = payload as TrainingEpoch)
      this.bar?.clear()
      if (this.json) this.print({ type: 'epoch', ...epoch })
      else this.print(`epoch ${count(epoch.epoch)}/${count(epoch.epochs)}: test accuracy ${percent(epoch.testAccuracy)}, training cost ${epoch.trainCost.toFixed(4)}, ${epoch.seconds.toFixed(1)} s → version ${epoch.versionId}`)
    } else if (event === 'training:state' && ENDED.includes((payload as TrainingState).status)) {
      this.end?.(payload as TrainingState)
    }
  }

  /** Starts the run and follows it to its end; answers the exit code (0 done, 1 failed or diverged, 130 cancelled). */
  async run(start: (arg: CheckedArgOf<'training:start'>) => Promise<{ runId: number }>, cancel: (runId: number) => void, request: CheckedArgOf<'training:start'>): Promise<number> {
    const { config, name } = request
    const { runId } = await start(request)
    this.print(this.json ? { type: 'start', runId, config } : `Run ${runId}: ${name} (${config.layers.join('-')}, ${count(config.epochs)} epoch${config.epochs === 1 ? '' : 's'})`)
    const stop = () => cancel(runId)
    process.once('SIGINT', stop)
    try {
      const state = await this.ended
      this.bar?.clear()
      const outcome = { runId, status: state.status, error: state.error, versionId: this.last?.versionId ?? null, testAccuracy: this.last?.testAccuracy ?? null }
      if (this.json) this.print({ type: 'result', ...outcome })
      else if (outcome.status === 'cancelled') this.print(`Cancelled; ${outcome.versionId === null ? 'no epoch had finished' : `finished epochs kept, last version ${outcome.versionId}`}.`)
      else if (outcome.status === 'completed') this.print(`Done: version ${outcome.versionId}, test accuracy ${percent(outcome.testAccuracy ?? 0)}.`)
      if (outcome.status === 'failed' || outcome.status === 'diverged') {
        process.stderr.write(`digitscope: ${outcome.error}\n`)
        return 1
      }
      return outcome.status === 'cancelled' ? 130 : 0
    } finally {
      process.off('SIGINT', stop)
    }
  }
}
