import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { RunPage, VersionsChanged } from '../../../shared/ipc/types'
import * as api from './api'
import { AppState, SIZE_INTERVAL_MS } from './app-state.svelte'
import { RunPages } from './run-pages.svelte'
import { runSummary as run, versionSummary as version, type ApiDouble } from './test-doubles'

vi.mock('./api', () => import('./test-doubles').then((doubles) => doubles.apiDouble()))
const double = api as unknown as ApiDouble
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
const channels = () => double.call.mock.calls.map(([channel]) => channel)

const change = (parts: Partial<{ runs: Partial<VersionsChanged['runs']>; versions: Partial<VersionsChanged['versions']>; external: boolean }>): VersionsChanged => ({
  runs: { added: [], updated: [], deleted: [], ...parts.runs },
  versions: { added: [], updated: [], deleted: [], ...parts.versions },
  drawings: false,
  external: parts.external ?? false
})

const page = (runIds: number[], total = runIds.length): RunPage => ({ total, runs: runIds.map((runId) => run(runId)) })

/** A shell started on a store of runs 3, 2, 1 (newest first, 30 in all). */
async function started(hooks: ConstructorParameters<typeof AppState>[0] = {}) {
  double.answer('app:get-info', { name: 'Digitscope', version: '0', databasePath: '/x.db', platform: 'linux' })
  double.answer('datasets:get-info', null as never)
  double.answer('runs:list', page([3, 2, 1], 30))
  double.answer('store:get-size', { bytes: 5_000_000, versions: 60 })
  const state = new AppState(hooks)
  await state.start()
  double.call.mockClear()
  return state
}

describe('AppState', () => {
  beforeEach(() => {
    double.reset()
    vi.useRealTimers()
  })

  it('fetches one page of runs and the store’s size once at start, and names the newest version', async () => {
    const newest = vi.fn()
    const state = await started({ onNewest: newest })
    expect(state.runs.runs.map((r) => r.runId)).toEqual([3, 2, 1])
    expect(state.runs.total).toBe(30)
    expect(state.size).toEqual({ status: 'ready', value: { bytes: 5_000_000, versions: 60 } })
    expect(newest).toHaveBeenCalledWith(32)
  })

  it('an epoch stored: only that run is asked for (and the size), never the whole list', async () => {
    const newest = vi.fn()
    const state = await started({ onNewest: newest })
    double.answer('store:get-size', { bytes: 5_100_000, versions: 61 })
    double.answer('runs:get', [run(3, { epochs: 3, last: { versionId: 33, epoch: 3, name: null, testAccuracy: 0.95 } })])
    double.emit('versions:changed', change({ runs: { updated: [3] }, versions: { added: [33] } }))
    await settle()
    expect(channels().sort()).toEqual(['runs:get', 'store:get-size'])
    expect(double.call).toHaveBeenCalledWith('runs:get', { runIds: [3] })
    expect(state.runs.runs[0].epochs).toBe(3)
    expect(state.size).toMatchObject({ value: { versions: 61 } })
    expect(newest).toHaveBeenLastCalledWith(33)
  })

  it('asks for the size at most once a second while epochs keep coming, and once more after the last', async () => {
    vi.useFakeTimers()
    const state = await started()
    for (let epoch = 4; epoch <= 8; epoch++) {
      double.answer('runs:get', [run(3)])
      double.answer('store:get-size', { bytes: 1, versions: epoch })
      double.emit('versions:changed', change({ runs: { updated: [3] }, versions: { added: [30 + epoch] } }))
    }
    await vi.advanceTimersByTimeAsync(0)
    expect(channels().filter((c) => c === 'store:get-size')).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(SIZE_INTERVAL_MS)
    expect(channels().filter((c) => c === 'store:get-size')).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(SIZE_INTERVAL_MS * 3)
    expect(channels().filter((c) => c === 'store:get-size')).toHaveLength(2)
    expect(state.size).toMatchObject({ status: 'ready' })
  })

  it('a run deleted: dropped without a fetch; if it held the newest version, the newest is asked for anew', async () => {
    const gone = vi.fn()
    const newest = vi.fn()
    const state = await started({ onGone: gone, onNewest: newest })
    double.answer('store:get-size', { bytes: 1, versions: 58 })
    double.answer('runs:list', page([2, 1], 29))
    double.emit('versions:changed', change({ runs: { deleted: [3] }, versions: { deleted: [31, 32] } }))
    await settle()
    expect(state.runs.runs.map((r) => r.runId)).toEqual([2, 1])
    expect(state.runs.total).toBe(29)
    expect(gone).toHaveBeenCalledWith([31, 32])
    expect(newest).toHaveBeenLastCalledWith(22)
    expect(double.call).toHaveBeenCalledWith('runs:list', { offset: 0, limit: 20, sort: 'newest' })
  })

  it('another process wrote: what is shown is fetched anew, and every ticked or used version checked', async () => {
    const gone = vi.fn()
    const state = await started({ onGone: gone })
    double.answer('store:get-size', { bytes: 1, versions: 62 })
    double.answer('runs:list', page([4, 3, 2, 1], 4)) // the newest version
    double.answer('runs:list', page([4, 3, 2, 1], 4)) // the runs shown
    double.emit('versions:changed', change({ external: true }))
    await settle()
    await settle()
    expect(state.runs.runs.map((r) => r.runId)).toEqual([4, 3, 2, 1])
    expect(gone).toHaveBeenCalledWith('unknown')
  })
})

describe('RunPages', () => {
  beforeEach(() => double.reset())

  it('loads further pages in order, never twice the same run; a new query starts again from its first page', async () => {
    const runs = new RunPages(2)
    double.answer('runs:list', page([5, 4], 5))
    await runs.query('', 'newest')
    double.answer('runs:list', page([4, 3], 5)) // a run was added meanwhile: the next page overlaps
    double.answer('runs:list', page([2, 1], 5))
    await runs.loadUpTo(5)
    expect(runs.runs.map((r) => r.runId)).toEqual([5, 4, 3, 2, 1])
    expect(double.call).toHaveBeenNthCalledWith(2, 'runs:list', { offset: 2, limit: 200, sort: 'newest' })
    double.answer('runs:list', page([1], 1))
    await runs.query('run 1', 'best')
    expect(double.call).toHaveBeenLastCalledWith('runs:list', { offset: 0, limit: 2, sort: 'best', text: 'run 1' })
    expect(runs.runs.map((r) => r.runId)).toEqual([1])
  })

  it('a query overtaken before its turn is never asked', async () => {
    const runs = new RunPages(2)
    double.answer('runs:list', page([1], 1))
    const first = runs.query('', 'newest')
    const second = runs.query('run 1', 'newest')
    await Promise.all([first, second])
    expect(runs.runs.map((r) => r.runId)).toEqual([1])
    expect(double.call).toHaveBeenCalledTimes(1)
  })

  it('opens a run by fetching its epochs, and fetches them again when it changes', async () => {
    const runs = new RunPages()
    double.answer('runs:list', page([2, 1]))
    await runs.query('', 'newest')
    double.answer('runs:get-versions', [version(21, 2, 1), version(22, 2, 2)])
    await runs.expand(2)
    expect(runs.epochs.get(2)?.map((v) => v.versionId)).toEqual([21, 22])
    double.answer('runs:get', [run(2, { epochs: 3 })])
    double.answer('runs:get-versions', [version(21, 2, 1), version(22, 2, 2), version(23, 2, 3)])
    await runs.apply(change({ runs: { updated: [2] }, versions: { added: [23] } }))
    await settle()
    expect(runs.epochs.get(2)).toHaveLength(3)
    runs.collapse(2)
    expect(runs.epochs.has(2)).toBe(false)
  })
})
