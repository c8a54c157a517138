import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { VersionSummary } from '../../../shared/ipc/types'
import * as api from '../common/api'
import { PickerState, pickerGroups } from './version-picker.svelte'
import { runSummary as run, versionSummary as version, type ApiDouble } from '../common/test-doubles'

vi.mock('../common/api', () => import('../common/test-doubles').then((doubles) => doubles.apiDouble()))
const double = api as unknown as ApiDouble
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

const recent = (versionId: number, runName: string, name: string | null = null) => ({ ...version(versionId, 1, 3), runName, name, testAccuracy: 0.9 }) as VersionSummary
/** Run 2: 30 epochs, the best 27, the last 30. Run 1: 1 epoch, both last and best. */
const runs = [
  run(2, { epochs: 30, best: { versionId: 227, epoch: 27, name: 'keeper', testAccuracy: 0.95 }, last: { versionId: 230, epoch: 30, name: null, testAccuracy: 0.93 } }),
  run(1, { epochs: 1, best: { versionId: 11, epoch: 1, name: null, testAccuracy: 0.9 }, last: { versionId: 11, epoch: 1, name: null, testAccuracy: 0.9 } })
]

describe('the picker’s list', () => {
  it('puts the recently used first, then each run with its best and last epoch and “more epochs…” for the rest', () => {
    const groups = pickerGroups([recent(11, 'run 1')], '', runs, new Map())
    expect(groups.map((g) => g.run)).toEqual([null, 'run 2', 'run 1'])
    expect(groups[1].options).toMatchObject([
      { kind: 'version', versionId: 227, best: true, last: false },
      { kind: 'version', versionId: 230, best: false, last: true },
      { kind: 'more', runId: 2, count: 28 }
    ])
    // Last and best the same epoch: one option, no "more".
    expect(groups[2].options).toMatchObject([{ kind: 'version', versionId: 11, best: true, last: true }])
    expect(new Set(groups.flatMap((g) => g.options.map((o) => o.id))).size).toBe(4 + 1)
  })

  it('lists every epoch of a run, newest first, once “more epochs…” is chosen; filters the recently used by what is typed', () => {
    const epochs = new Map([[2, Array.from({ length: 30 }, (_, i) => version(201 + i, 2, i + 1))]])
    const groups = pickerGroups([recent(11, 'run 1'), recent(5, 'other', 'keeper')], 'keep', runs, epochs)
    expect(groups[0].options.map((o) => (o.kind === 'version' ? o.versionId : 0))).toEqual([5])
    expect(groups[1].options).toHaveLength(30)
    expect(groups[1].options[0]).toMatchObject({ versionId: 230, epoch: 30 })
    expect(pickerGroups([recent(11, 'run 1')], '#11', [], new Map())[0].options).toHaveLength(1)
  })
})

describe('PickerState', () => {
  beforeEach(() => double.reset())

  it('fetches the recently used and the first runs when it opens, searches once typing pauses, and chooses', async () => {
    vi.useFakeTimers()
    const picker = new PickerState()
    double.answer('versions:list-recent', [recent(11, 'run 1')])
    double.answer('runs:list', { total: 2, runs })
    picker.show()
    await vi.advanceTimersByTimeAsync(0)
    expect(picker.options.map((o) => o.id)).toEqual(['picker-recent-11', 'picker-run-2-227', 'picker-run-2-230', 'picker-more-2', 'picker-run-1-11'])
    picker.move(1)
    picker.move(3)
    expect(picker.active).toBe(3)
    double.answer('runs:get-versions', [version(229, 2, 29), version(230, 2, 30)])
    const pick = vi.fn()
    picker.choose(picker.options[picker.active], pick)
    await vi.advanceTimersByTimeAsync(0)
    expect(pick).not.toHaveBeenCalled()
    expect(picker.options.filter((o) => o.id.startsWith('picker-run-2-')).length).toBe(2)

    picker.search('run 1')
    double.answer('runs:list', { total: 1, runs: [runs[1]] })
    await vi.advanceTimersByTimeAsync(100)
    expect(double.call).not.toHaveBeenCalledWith('runs:list', expect.objectContaining({ text: 'run 1' }))
    await vi.advanceTimersByTimeAsync(200)
    expect(double.call).toHaveBeenLastCalledWith('runs:list', { offset: 0, limit: 30, sort: 'newest', text: 'run 1' })
    picker.choose(picker.options.at(-1), pick)
    expect(pick).toHaveBeenCalledWith(11)
    expect(picker.open).toBe(false)
    vi.useRealTimers()
    await settle()
  })
})
