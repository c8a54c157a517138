import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { NeuronHistory } from '../../shared/ipc/types'
import { architectureOf } from '../../shared/training/config'
import { initNetwork } from '../../shared/network/init'
import { packParams } from '../../shared/model/params'
import { Rng } from '../../shared/network/rng'
import { PRESETS } from '../../shared/training/presets'
import { toSparseImages } from '../../shared/training/sparse-images'
import { trainingKernels } from './load-training-kernels'
import { runTrainingLoop } from '../../shared/training/training-loop'
import type { TrainerEvent } from './trainer'
import { openServices } from './services'
import { inspectDatabase, useTempFolder } from './test-support'

const tempFolder = useTempFolder()
const ROOT = join(import.meta.dirname, '..', '..', '..')
const quick = (epochs: number) => ({ ...PRESETS.classic.config, epochs })

function services(workerScript?: string) {
  const events: TrainerEvent[] = []
  const databaseFile = join(tempFolder(), 'digitscope.db')
  const opened = openServices({ databaseFile, version: 'test', workerScript })
  opened.trainer.subscribe((event) => events.push(event))
  return { ...opened, events, databaseFile }
}

/** A run of `preset` with `overrides`, trained to the end in the worker: the services and what it stored last. */
async function trained(preset: 'classic' | 'modern', overrides: Partial<typeof PRESETS.classic.config>, name: string, subset: number) {
  const s = services()
  const config = { ...PRESETS[preset].config, ...overrides }
  const outcome = await s.trainer.start({ config, name, preset, subset }).done
  return { s, config, outcome }
}

const nextEvent = (s: ReturnType<typeof services>, match: (event: TrainerEvent) => boolean) =>
  new Promise<TrainerEvent>((resolve) => {
    const stop = s.trainer.subscribe((event) => {
      if (match(event)) {
        stop()
        resolve(event)
      }
    })
  })

describe('the Trainer, with a real worker thread and a real SQLite file', () => {
  it('trains in a worker, reports progress, and stores every epoch as a version', async () => {
    const s = services()
    const { runId, done } = s.trainer.start({ config: quick(2), name: 'two epochs', preset: 'classic', subset: 4000 })
    expect(() => s.trainer.start({ config: quick(1), name: 'second', preset: 'classic' })).toThrow(
      /A training run is already going: “two epochs”.*cancel it first/
    )
    const outcome = await done
    expect(outcome).toMatchObject({ runId, status: 'completed', error: null })
    expect(s.events.filter((e) => e.type === 'epoch').map((e) => e.type === 'epoch' && e.epoch.epoch)).toEqual([1, 2])
    expect(s.events.some((e) => e.type === 'progress')).toBe(true)
    expect(s.events.filter((e) => e.type === 'state').map((e) => e.type === 'state' && e.state.status)).toEqual(['starting', 'running', 'completed'])
    const versions = s.store.versions.list()
    expect(versions.map((v) => [v.runId, v.epoch, v.runStatus])).toEqual([[runId, 2, 'completed'], [runId, 1, 'completed']])
    expect(versions[0].versionId).toBe(outcome.versionId)
    expect(s.networks.evaluate(versions[0].versionId).accuracy).toBe(versions[0].testAccuracy)
    expect(s.trainer.active()).toBeNull()
    await s.close()
  })

  it('the worker and this thread train bit-identical weights from the same config and seed (WebAssembly kernels in both)', async () => {
    const { s, config, outcome } = await trained('modern', { epochs: 2, seed: 11 }, 'same seed', 3000)
    const fromWorker = s.store.versions.model(outcome.versionId as number).params
    const train = s.datasets.load('train')
    const test = s.datasets.load('test')
    let here: Uint8Array = new Uint8Array(0)
    runTrainingLoop(config, toSparseImages(train.pixels, train.labels, 784, 3000), toSparseImages(test.pixels, test.labels, 784, 100), {
      onEpoch: ({ network }) => (here = packParams(network))
    }, undefined, trainingKernels())
    expect(Buffer.from(fromWorker).equals(Buffer.from(here))).toBe(true)
    await s.close()
  })

  it('keeps the weights a run starts from as its epoch 0, and a neuron\'s history runs from there', async () => {
    const { s, config, outcome } = await trained('classic', { epochs: 2, seed: 5 }, 'from noise', 2000)
    const runId = s.store.versions.get(outcome.versionId as number).runId
    const stored = s.store.runs.epochParams(runId)
    expect(stored.map((e) => e.epoch)).toEqual([0, 1, 2])
    // Epoch 0 is the seeded initialisation itself, before any mini-batch.
    const initial = initNetwork(architectureOf(config), config.init, new Rng(config.seed))
    expect(Buffer.from(stored[0].params).equals(Buffer.from(packParams(initial)))).toBe(true)
    expect(s.store.versions.list().map((v) => v.epoch)).toEqual([2, 1]) // not a version: lists and counts are as before

    const history = (await s.dispatch('neurons:history', { versionId: outcome.versionId, layer: 1, neuron: 3 })) as { ok: true; value: NeuronHistory }
    expect(history.value.epochs).toEqual([0, 1, 2])
    expect(history.value.weights[0]).toEqual(Array.from(initial.weights[0].subarray(3 * 784, 4 * 784)))
    expect(history.value.movement[0]).toEqual([0, 0, 0])
    expect(history.value.movement[1].every((m) => m > 0)).toBe(true)
    expect(history.value.weights[2]).not.toEqual(history.value.weights[0])

    s.store.runs.delete(runId)
    expect(s.store.runs.epochParams(runId)).toEqual([])
    await s.close()
  })

  it('pauses (no progress while paused), resumes, and cancels keeping the finished epochs', async () => {
    const s = services()
    // Long enough never to finish first: the kernels train 20 000 images in about 30 ms.
    const { runId, done } = s.trainer.start({ config: quick(1000), name: 'long', preset: 'classic', subset: 20000 })
    await nextEvent(s, (e) => e.type === 'epoch')
    s.trainer.pause(runId)
    expect(inspectDatabase(s.databaseFile).run(runId)?.status).toBe('paused')
    await new Promise((resolve) => setTimeout(resolve, 300)) // a report already in flight may still land
    const during = s.events.length
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(s.events.length).toBe(during)
    s.trainer.resume(runId)
    expect(inspectDatabase(s.databaseFile).run(runId)?.status).toBe('running')
    await nextEvent(s, (e) => e.type === 'progress')
    await s.trainer.cancel(runId)
    const outcome = await done
    expect(outcome.status).toBe('cancelled')
    const kept = s.store.versions.list().filter((v) => v.runId === runId)
    expect(kept.length).toBeGreaterThanOrEqual(1)
    expect(kept.length).toBeLessThan(1000)
    expect(kept.every((v) => v.runStatus === 'cancelled')).toBe(true)
    await s.close()
  })

  it('a worker that dies mid-epoch fails its run, keeps the earlier snapshots intact, and a new run can start', async () => {
    const s = services(join(import.meta.dirname, '..', 'test-doubles', 'dying-worker.mjs'))
    const { runId, done } = s.trainer.start({ config: quick(20), name: 'doomed', preset: 'classic', subset: 20000 })
    const outcome = await done
    expect(outcome.status).toBe('failed')
    expect(outcome.error).toMatch(/The training worker stopped unexpectedly/)
    expect(inspectDatabase(s.databaseFile).run(runId)).toMatchObject({ status: 'failed', error: expect.stringMatching(/stopped unexpectedly/) })
    const kept = s.store.versions.list().filter((v) => v.runId === runId)
    expect(kept.map((v) => v.epoch)).toEqual([1])
    expect(s.networks.evaluate(kept[0].versionId).accuracy).toBe(kept[0].testAccuracy)
    expect(inspectDatabase(s.databaseFile).pragma('integrity_check')).toBe('ok')

    // The same trainer takes the next run (one epoch: this worker only dies in epoch 2).
    const next = await s.trainer.start({ config: quick(1), name: 'after', preset: 'classic', subset: 2000 }).done
    expect(next.status).toBe('completed')
    await s.close()
  })

  it('a run that diverges (η = 100, momentum 0.99, batch 1) ends as diverged, suggests a smaller η, and stores nothing that is not a number', async () => {
    const { s, outcome } = await trained('modern', { eta: 100, momentum: 0.99, batchSize: 1, epochs: 3 }, 'too fast', 500)
    expect(outcome).toMatchObject({ status: 'diverged', versionId: null })
    expect(outcome.error).toMatch(/diverged in epoch 1.*smaller η/)
    expect(inspectDatabase(s.databaseFile).run(outcome.runId)?.status).toBe('diverged')
    expect(s.store.versions.list()).toEqual([])
    await s.close()
  })

  it('a worker that cannot read MNIST fails its run with the reason, and the service stays up', async () => {
    const databaseFile = join(tempFolder(), 'digitscope.db')
    const s = openServices({ databaseFile, version: 'test', mnistFolder: join(tempFolder(), 'nowhere') })
    const outcome = await s.trainer.start({ config: quick(1), name: 'no data', preset: 'classic' }).done
    expect(outcome.status).toBe('failed')
    expect(outcome.error).toMatch(/Cannot read MNIST file .*the file is missing/)
    expect(await s.dispatch('runs:list', { offset: 0, limit: 50, sort: 'newest' })).toMatchObject({ ok: true, value: { runs: [{ epochs: 0 }] } })
    await s.close()
  })

  it('a run whose process was killed (kill -9 of the CLI mid-run) shows as interrupted on the next start', async () => {
    const databaseFile = join(tempFolder(), 'digitscope.db')
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/main/cli/main.ts', 'train', '--epochs', '40', '--subset', '20000', '--json', '--db', databaseFile],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] }
    )
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('"type":"epoch"')) resolve()
      })
    })
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))

    const s = openServices({ databaseFile, version: 'test' })
    const versions = s.store.versions.list()
    expect(versions.length).toBeGreaterThanOrEqual(1)
    expect(versions[0].runStatus).toBe('interrupted')
    expect(inspectDatabase(databaseFile).run(versions[0].runId)?.error).toMatch(/stopped before this run finished/)
    expect(inspectDatabase(databaseFile).pragma('integrity_check')).toBe('ok')
    await s.close()
  })
})
