import { messageOf } from '../common/api'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ArgOf } from '../../../shared/ipc/contract'
import type { TrainingEpoch, TrainingProgress } from '../../../shared/ipc/types'
import { PRESETS } from '../../../shared/training/presets'
import * as api from '../common/api'
import { deferred, type ApiDouble } from '../common/test-doubles'
import { Training } from './training.svelte'

vi.mock('../common/api', () => import('../common/test-doubles').then((doubles) => doubles.apiDouble()))
const double = api as unknown as ApiDouble

const request: ArgOf<'training:start'> = { config: PRESETS.classic.config, name: 'early', preset: 'classic' }
const progress = (runId: number, epoch: number): TrainingProgress => ({
  runId,
  epoch,
  epochs: 3,
  batch: 1,
  batches: 10,
  samples: 10,
  total: 100,
  cost: 0.5,
  samplesPerSecond: 1000,
  etaSeconds: 2
})
const epoch = (runId: number, n: number): TrainingEpoch => ({ runId, epoch: n, epochs: 3, versionId: n, trainCost: 0.1, testAccuracy: 0.9, testCost: 0.1, seconds: 1 })

/** A connected Training whose start is under way, its answer held back until the test resolves it. */
async function startTraining() {
  const training = new Training()
  double.answer('training:get-active', null)
  await training.connect()
  const started = deferred<{ runId: number }>()
  double.answer('training:start', started.promise)
  return { training, started, starting: training.start(request) }
}

describe('Training', () => {
  beforeEach(() => double.reset())

  it('replays the events of its run that arrive before training:start answers, and only those', async () => {
    const { training, started, starting } = await startTraining()

    // The worker is quick: its first events overtake the answer that names the run.
    double.emit('training:state', { runId: 7, status: 'running', error: null })
    double.emit('training:progress', progress(7, 1))
    double.emit('training:epoch', epoch(7, 1))
    double.emit('training:epoch', epoch(99, 1)) // another run's
    expect(training.run).toBeNull()

    started.resolve({ runId: 7 })
    await starting
    expect(training.run).toEqual({ runId: 7, name: 'early' })
    expect(training.state?.status).toBe('running')
    expect(training.progress?.epoch).toBe(1)
    expect(training.epochs.map((e) => [e.runId, e.epoch])).toEqual([[7, 1]])
    expect(training.active).toBe(true)
    expect(training.busy).toBe(false)

    // Later events of the run apply at once; nothing is held back any more.
    double.emit('training:epoch', epoch(7, 2))
    double.emit('training:state', { runId: 7, status: 'completed', error: null })
    expect(training.epochs.map((e) => e.epoch)).toEqual([1, 2])
    expect(training.active).toBe(false)
  })

  it('drops what arrived early when the start fails, and says why', async () => {
    const { training, started, starting } = await startTraining()
    double.emit('training:epoch', epoch(7, 1))
    started.reject(new Error('Busy: another run is going.'))
    await starting
    expect(messageOf(training.error)).toBe('Busy: another run is going.')
    expect(training.run).toBeNull()
    expect(training.epochs).toEqual([])
  })
})
