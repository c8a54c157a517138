import type Database from 'better-sqlite3'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../../shared/training/presets'
import { Store } from './store'
import { explainListRuns } from './run-queries'
import { CLASSIC_ORIGIN, inspectDatabase, useTempFolder } from '../test-support'

const tempFolder = useTempFolder()
const LAYERS = [784, 16, 16, 10]
/** A classic network's weights are 13 002 float32s: 52 kB a snapshot. */
const PARAMS = new Uint8Array(13_002 * 4).fill(7)

/** A run of `accuracies.length` epochs; epoch e has accuracy accuracies[e − 1]. */
function addRun(store: Store, name: string, accuracies: number[], origin = CLASSIC_ORIGIN): { runId: number; versionIds: number[] } {
  const runId = store.runs.create({ name, preset: 'classic', origin, status: 'completed' })
  const versionIds = accuracies.map((testAccuracy, i) => store.versions.add(runId, { epoch: i + 1, layers: LAYERS, params: PARAMS, testAccuracy }))
  return { runId, versionIds }
}

describe('runs listed as summaries', () => {
  it('give each run’s epoch count, last and best epoch and its settings, newest first', () => {
    const store = Store.open(join(tempFolder(), 'digitscope.db'))
    const a = addRun(store, 'first', [0.5, 0.9, 0.7])
    const b = addRun(store, 'second', [0.6, 0.8], { kind: 'imported', architecture: { layers: LAYERS, hiddenActivation: 'sigmoid', outputActivation: 'sigmoid', cost: 'quadratic' } })
    const empty = store.runs.create({ name: 'no epochs yet', origin: CLASSIC_ORIGIN })
    const page = store.runs.list({ offset: 0, limit: 10, sort: 'newest' })
    expect(page.total).toBe(3)
    expect(page.runs.map((r) => r.runId)).toEqual([empty, b.runId, a.runId])
    expect(page.runs[2]).toMatchObject({
      name: 'first',
      epochs: 3,
      layers: LAYERS,
      eta: PRESETS.classic.config.eta,
      batchSize: 10,
      last: { versionId: a.versionIds[2], epoch: 3, testAccuracy: 0.7 },
      best: { versionId: a.versionIds[1], epoch: 2, testAccuracy: 0.9 }
    })
    expect(page.runs[1]).toMatchObject({ epochs: 2, eta: null, batchSize: null, best: { epoch: 2 } })
    expect(page.runs[0]).toMatchObject({ epochs: 0, last: null, best: null, layers: LAYERS })
    store.close()
  })

  it('sort, filter by run name, version name or tag, and page in SQL', () => {
    const store = Store.open(join(tempFolder(), 'digitscope.db'))
    const runs = ['alpha', 'Beta', 'gamma_1', 'delta'].map((name, i) => addRun(store, name, [0.5 + i / 10, 0.4]))
    store.versions.rename(runs[3].versionIds[1], 'my favourite')
    store.versions.annotate(runs[0].versionIds[0], '', ['keeper'])
    const names = (query: Parameters<Store['runs']['list']>[0]) => store.runs.list(query).runs.map((r) => r.name)
    expect(names({ offset: 0, limit: 10, sort: 'best' })).toEqual(['delta', 'gamma_1', 'Beta', 'alpha'])
    expect(names({ offset: 0, limit: 10, sort: 'name' })).toEqual(['alpha', 'Beta', 'delta', 'gamma_1'])
    expect(names({ offset: 0, limit: 10, sort: 'oldest' })).toEqual(['alpha', 'Beta', 'gamma_1', 'delta'])
    expect(names({ offset: 1, limit: 2, sort: 'oldest' })).toEqual(['Beta', 'gamma_1'])
    expect(names({ offset: 0, limit: 10, sort: 'newest', text: 'favourite' })).toEqual(['delta'])
    expect(names({ offset: 0, limit: 10, sort: 'newest', text: 'KEEP' })).toEqual(['alpha'])
    expect(names({ offset: 0, limit: 10, sort: 'newest', text: '_' })).toEqual(['gamma_1']) // % and _ are literal
    expect(store.runs.list({ offset: 0, limit: 1, sort: 'newest', text: 'a' }).total).toBe(4)
    store.close()
  })

  it('are served by indexes: the per-epoch numbers come from a covering index, never from the weights', () => {
    const store = Store.open(join(tempFolder(), 'digitscope.db'))
    const plan = explainListRuns((store as unknown as { db: Database.Database }).db)
    expect(plan).toContain('SCAN snapshots USING COVERING INDEX snapshots_by_run')
    expect(plan.filter((step) => /^SCAN snapshots\b/.test(step)).every((step) => step.includes('COVERING INDEX'))).toBe(true)
    console.log(`[plan] runs:list, newest first:\n  ${plan.join('\n  ')}`)
    store.close()
  })

  it('a run’s epochs come on demand, in order; recently used versions come first, deleted ones drop out', () => {
    const store = Store.open(join(tempFolder(), 'digitscope.db'))
    const a = addRun(store, 'a', [0.1, 0.2, 0.3])
    const b = addRun(store, 'b', [0.4])
    expect(store.versions.ofRun(a.runId).map((v) => v.epoch)).toEqual([1, 2, 3])
    expect(() => store.versions.ofRun(999)).toThrow(/no training run 999/)
    store.versions.markUsed(a.versionIds[0])
    store.versions.markUsed(b.versionIds[0])
    store.versions.markUsed(a.versionIds[0])
    expect(store.versions.recent().map((v) => v.versionId)).toEqual([a.versionIds[0], b.versionIds[0]])
    store.runs.delete(a.runId)
    expect(store.versions.recent().map((v) => v.versionId)).toEqual([b.versionIds[0]])
    store.close()
  })
})

describe('ids and space', () => {
  it('never reuses the id of a deleted run or version (an import after a delete gets a new one)', () => {
    const store = Store.open(join(tempFolder(), 'digitscope.db'))
    const newest = addRun(store, 'newest', [0.5])
    store.runs.delete(newest.runId)
    const next = addRun(store, 'next', [0.6])
    expect(next.runId).toBeGreaterThan(newest.runId)
    expect(next.versionIds[0]).toBeGreaterThan(newest.versionIds[0])
    store.close()
  })

  it('thinning a 30-epoch run keeps first, last, best, every k-th and the named; the file shrinks by what it removed', () => {
    const file = join(tempFolder(), 'digitscope.db')
    const store = Store.open(file)
    addRun(store, 'other run', Array.from({ length: 5 }, () => 0.5))
    const accuracies = Array.from({ length: 30 }, (_, i) => 0.8 + i / 1000)
    accuracies[16] = 0.95 // the best is epoch 17
    const run = addRun(store, 'long', accuracies)
    store.versions.rename(run.versionIds[22], 'keep me') // epoch 23
    expect(inspectDatabase(file).pragma('auto_vacuum')).toBe(2)
    const preview = store.runs.thin(run.runId, 10, true)
    expect(preview.kept).toEqual([1, 10, 17, 20, 23, 30])
    expect(preview.removed).toHaveLength(24)
    expect(preview.bytesFreed).toBe(24 * PARAMS.length)
    expect(store.versions.ofRun(run.runId)).toHaveLength(30) // a preview deletes nothing

    store.size() // the log is folded in on thinning; measure the file as a user's file manager would
    const before = statSync(file).size + (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0)
    const done = store.runs.thin(run.runId, 10, false)
    const after = statSync(file).size + (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0)
    console.log(`[thin] 24 of 30 classic epochs removed: ${before} → ${after} bytes (${((before - after) / 1024).toFixed(0)} kB freed, weights ${((24 * PARAMS.length) / 1024).toFixed(0)} kB)`)
    expect(done.kept).toEqual([1, 10, 17, 20, 23, 30])
    expect(store.versions.ofRun(run.runId).map((v) => v.epoch)).toEqual([1, 10, 17, 20, 23, 30])
    expect(before - after).toBeGreaterThanOrEqual(0.9 * 24 * PARAMS.length)
    expect(done.bytesFreed).toBe(before - after)
    expect(inspectDatabase(file).pragma('integrity_check')).toBe('ok')
    store.close()
  })
})
