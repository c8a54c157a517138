import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { DigitSample, Mistake } from '../../../shared/ipc/types'
import * as api from '../common/api'
import { MnistPages, PAGE } from './mnist-pages.svelte'
import { deferred, type ApiDouble } from '../common/test-doubles'

vi.mock('../common/api', () => import('../common/test-doubles').then((doubles) => doubles.apiDouble()))
const double = api as unknown as ApiDouble

const images = (from: number): DigitSample[] => Array.from({ length: PAGE }, (_, i) => ({ split: 'test', index: from + i, label: 1, pixels: [] }))
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('MnistPages', () => {
  beforeEach(() => double.reset())

  it('fetches a page when it is first read, and keeps the last one shown until the next arrives', async () => {
    const pages = new MnistPages('test', () => 3)
    double.answer('datasets:get-samples', images(0))
    expect(pages.page.items).toEqual([])
    await settle()
    expect(pages.page.items[0].index).toBe(0)
    expect(double.call).toHaveBeenCalledWith('datasets:get-samples', { split: 'test', offset: 0, count: PAGE })

    const next = deferred<DigitSample[]>()
    double.answer('datasets:get-samples', next.promise)
    pages.turn(1, 10_000)
    expect(pages.page.items[0].index).toBe(0)
    next.resolve(images(40))
    await settle()
    expect(pages.page.items[0].index).toBe(40)
    pages.turn(1000, 100)
    expect(pages.offset).toBe(80)
  })

  it('lists the version’s mistakes from the first page, and drops an answer nobody waits for any more', async () => {
    let versionId = 3
    const pages = new MnistPages('test', () => versionId)
    double.answer('datasets:get-samples', images(0))
    void pages.page
    await settle()
    const slow = deferred<{ total: number; items: Mistake[] }>()
    double.answer('datasets:list-mistakes', slow.promise)
    pages.turn(1, 10_000)
    pages.showWrongOnly(true)
    expect(pages.offset).toBe(0)
    void pages.page
    expect(double.call).toHaveBeenLastCalledWith('datasets:list-mistakes', { versionId: 3, offset: 0, count: PAGE })
    // Another version is chosen before the answer comes (a plain getter here, not reactive: switching
    // the filter off and on makes the query read it again, as a new version does in the app).
    versionId = 4
    double.answer('datasets:list-mistakes', { total: 1, items: [{ ...images(5)[0], predicted: 2 }] })
    pages.showWrongOnly(false)
    pages.showWrongOnly(true)
    void pages.page
    await settle()
    slow.resolve({ total: 600, items: [] })
    await settle()
    expect(pages.page.total).toBe(1)
    expect(pages.page.items[0]).toMatchObject({ index: 5, predicted: 2 })
  })
})
