import { describe, expect, it } from 'vitest'
import type { VersionsChanged } from '../../../shared/ipc/types'
import { appendPage, compareRuns, matchesText, mergeSummaries, planDelta, type Shown } from './run-delta'
import { runSummary as run, versionSummary as version } from './test-doubles'

const change = (parts: Partial<{ runs: Partial<VersionsChanged['runs']>; versions: Partial<VersionsChanged['versions']> }>): VersionsChanged => ({
  runs: { added: [], updated: [], deleted: [], ...parts.runs },
  versions: { added: [], updated: [], deleted: [], ...parts.versions },
  drawings: false,
  external: false
})

describe('ordering and matching as runs:list does in SQL', () => {
  it('sorts newest, oldest, by best accuracy (none last) and by name (case aside), ties newest first', () => {
    const runs = [run(1, { name: 'beta', best: null }), run(2, { name: 'Alpha' }), run(3, { name: 'alpha', best: { versionId: 32, epoch: 2, name: null, testAccuracy: 0.95 } })]
    const order = (sort: Parameters<typeof compareRuns>[0]) => [...runs].sort((a, b) => compareRuns(sort, a, b)).map((r) => r.runId)
    expect(order('newest')).toEqual([3, 2, 1])
    expect(order('oldest')).toEqual([1, 2, 3])
    expect(order('best')).toEqual([3, 2, 1])
    expect(order('name')).toEqual([3, 2, 1])
  })

  it('matches a new run by its name or its last and best epochs’ names', () => {
    expect(matchesText(run(1), '')).toBe(true)
    expect(matchesText(run(1), 'RUN 1')).toBe(true)
    expect(matchesText(run(1, { best: { versionId: 5, epoch: 1, name: 'Keeper', testAccuracy: 0.9 } }), 'keep')).toBe(true)
    expect(matchesText(run(1), 'nothing')).toBe(false)
  })
})

describe('a delta', () => {
  const shown: Shown = { runs: [run(3), run(2), run(1)], total: 10, epochs: new Map([[2, [version(21, 2, 1), version(22, 2, 2)]]]) }

  it('an epoch stored: the run is fetched alone, and its epochs again if it is open; nothing else', () => {
    const plan = planDelta(change({ runs: { updated: [2] }, versions: { added: [23] } }), shown)
    expect(plan.fetch).toEqual([2])
    expect(plan.refetch).toEqual([2])
    expect(plan.shown.runs.map((r) => r.runId)).toEqual([3, 2, 1])
    expect(planDelta(change({ runs: { updated: [3] }, versions: { added: [33] } }), shown).refetch).toEqual([])
  })

  it('a run deleted: dropped at once, counted out, its epochs forgotten, nothing fetched', () => {
    const plan = planDelta(change({ runs: { deleted: [2] }, versions: { deleted: [21, 22] } }), shown)
    expect(plan.shown.runs.map((r) => r.runId)).toEqual([3, 1])
    expect(plan.shown.total).toBe(9)
    expect(plan.shown.epochs.has(2)).toBe(false)
    expect(plan.fetch).toEqual([])
  })

  it('versions thinned away leave an open run’s epochs at once; a renamed last or best epoch refetches its run', () => {
    expect(planDelta(change({ versions: { deleted: [21] } }), shown).shown.epochs.get(2)?.map((v) => v.versionId)).toEqual([22])
    expect(planDelta(change({ versions: { updated: [32] } }), shown).fetch).toEqual([3])
    expect(planDelta(change({ versions: { updated: [21] } }), shown).refetch).toEqual([2])
  })

  it('a new run goes where the order puts it among the runs loaded, or is only counted past them', () => {
    const newest = mergeSummaries(shown, [run(4)], [4], '', 'newest')
    expect(newest.runs.map((r) => r.runId)).toEqual([4, 3, 2, 1])
    expect(newest.total).toBe(11)
    const oldest = mergeSummaries({ ...shown, runs: [run(1), run(2), run(3)] }, [run(4)], [4], '', 'oldest')
    expect(oldest.runs.map((r) => r.runId)).toEqual([1, 2, 3])
    expect(oldest.total).toBe(11)
    const all = mergeSummaries({ ...shown, runs: [run(1), run(2), run(3)], total: 3 }, [run(4)], [4], '', 'oldest')
    expect(all.runs.map((r) => r.runId)).toEqual([1, 2, 3, 4])
    expect(mergeSummaries(shown, [run(4)], [4], 'something else', 'newest').runs).toHaveLength(3)
  })

  it('a changed run keeps its place; a page that overlaps what is loaded adds only new runs', () => {
    const merged = mergeSummaries(shown, [run(2, { epochs: 3 })], [], '', 'best')
    expect(merged.runs.map((r) => [r.runId, r.epochs])).toEqual([
      [3, 2],
      [2, 3],
      [1, 2]
    ])
    expect(appendPage(shown.runs, [run(1), run(0)]).map((r) => r.runId)).toEqual([3, 2, 1, 0])
  })
})
