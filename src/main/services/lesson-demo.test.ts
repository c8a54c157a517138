import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { demoConfig } from '../../shared/training/demo-run'
import { architectureOf } from '../../shared/training/config'
import { unpackParams } from '../../shared/model/params'
import { argmax } from '../../shared/network/argmax'
import type { LessonDemo } from '../../shared/ipc/types'
import { openServices } from './services'
import { useTempFolder } from './test-support'

const tempFolder = useTempFolder()

describe('lesson:train-demo, the lesson’s training from random', () => {
  it('trains in the worker, answers snapshots whose accuracy is a real evaluation, and stores nothing', async () => {
    const services = openServices({ databaseFile: join(tempFolder(), 'digitscope.db'), version: 'test' })
    try {
      const versions = await services.dispatch('versions:list', undefined)
      const runs = await services.dispatch('runs:list', { offset: 0, limit: 50, sort: 'newest' })
      const answer = await services.dispatch('lesson:train-demo', { seed: 7, images: 2000, passes: 2 })
      if (!answer.ok) throw new Error(answer.error.message)
      const { snapshots, parts } = answer.value as LessonDemo
      expect(snapshots.map((s) => s.seen)).toEqual([0, 400, 800, 1200, 1600, 2000, 2400, 2800, 3200, 3600, 4000].slice(0, 1 + 2 * parts))
      const test = services.datasets.samples('test', 0, 100)
      const architecture = architectureOf(demoConfig(7, 2))
      for (const snapshot of snapshots) {
        expect(snapshot.tested).toBe(100)
        // Evaluated again here, with the reference forward pass on the same 100 test digits.
        const network = unpackParams(architecture, snapshot.params)
        const correct = test.filter((sample) => argmax(network.predict(Float32Array.from(sample.pixels, (p) => p / 255)).outputs) === sample.label).length
        expect(snapshot.correct).toBe(correct)
      }
      const [first, last] = [snapshots[0], snapshots[snapshots.length - 1]]
      expect(last.correct).toBeGreaterThan(first.correct + 20)
      expect(last.cost).toBeLessThan(first.cost)
      expect(await services.dispatch('versions:list', undefined)).toEqual(versions)
      expect(await services.dispatch('runs:list', { offset: 0, limit: 50, sort: 'newest' })).toEqual(runs)
      expect((await services.dispatch('lesson:train-demo', { seed: 7, images: 50, passes: 1 })).ok).toBe(false)
    } finally {
      await services.close()
    }
  }, 60_000)
})
