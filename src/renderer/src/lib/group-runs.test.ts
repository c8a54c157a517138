import { describe, expect, it } from 'vitest'
import type { VersionSummary } from '../../../shared/ipc/types'
import { groupRuns, matchesFilter } from './group-runs'

let nextId = 1
function version(runId: number, runName: string, epoch: number, extra: Partial<VersionSummary> = {}): VersionSummary {
  return {
    versionId: nextId++,
    runId,
    runName,
    runStatus: 'completed',
    preset: 'classic',
    layers: [784, 16, 16, 10],
    epoch,
    name: null,
    testAccuracy: 0.9,
    testCost: null,
    trainCost: null,
    trainSeconds: null,
    createdAt: '2026-01-01T00:00:00Z',
    origin: null,
    parentVersionId: null,
    notes: '',
    tags: [],
    ...extra
  }
}

// As versions:list gives them: newest run first, each run's epochs descending.
const list = [
  version(3, 'beta', 2, { testAccuracy: 0.95, tags: ['keeper'] }),
  version(3, 'beta', 1, { testAccuracy: 0.91 }),
  version(2, 'alpha', 1, { testAccuracy: 0.97, preset: 'wide', layers: [784, 128, 64, 10] }),
  version(1, 'gamma', 3, { testAccuracy: null, name: 'the first', notes: 'Tried η = 3' }),
  version(1, 'gamma', 2, { testAccuracy: 0.5 })
]

describe('groupRuns', () => {
  it('groups consecutive versions of a run, newest run first, keeping each run’s epochs in order', () => {
    const groups = groupRuns(list, '', 'newest')
    expect(groups.map((g) => g.runId)).toEqual([3, 2, 1])
    expect(groups[0].versions.map((v) => v.epoch)).toEqual([2, 1])
    expect(groups[0].first).toBe(list[0])
    expect(groups.flatMap((g) => g.versions)).toEqual(list)
  })

  it('sorts runs by their best accuracy (a version without one counts as 0) or by name', () => {
    expect(groupRuns(list, '', 'accuracy').map((g) => g.first.runName)).toEqual(['alpha', 'beta', 'gamma'])
    expect(groupRuns(list, '', 'name').map((g) => g.first.runName)).toEqual(['alpha', 'beta', 'gamma'])
    expect(groupRuns([...list].reverse(), '', 'name').map((g) => g.first.runName)).toEqual(['alpha', 'beta', 'gamma'])
  })

  it('keeps only the versions that match the filter, and the runs that still have one', () => {
    const kept = groupRuns(list, 'KEEPER', 'newest')
    expect(kept).toHaveLength(1)
    expect(kept[0].versions).toEqual([list[0]])
    expect(groupRuns(list, '128-64', 'newest').map((g) => g.runId)).toEqual([2])
    expect(groupRuns(list, 'η = 3', 'newest').map((g) => g.versions.length)).toEqual([1])
    expect(groupRuns(list, 'nothing like this', 'newest')).toEqual([])
    expect(groupRuns([], '', 'accuracy')).toEqual([])
  })

  it('finds a version by its #id, its own name and its preset; blank filters match everything', () => {
    expect(matchesFilter(list[3], `#${list[3].versionId}`)).toBe(true)
    expect(matchesFilter(list[3], 'first')).toBe(true)
    expect(matchesFilter(list[2], 'wide')).toBe(true)
    expect(matchesFilter(list[0], '   ')).toBe(true)
    expect(matchesFilter(list[0], 'wide')).toBe(false)
  })
})
