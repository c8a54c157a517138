import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { VersionSummary, VersionWeights } from '../../../shared/ipc/types'
import { Network } from '../../../shared/network/network'
import { packParams } from '../../../shared/model/params'
import * as api from '../common/api'
import { SelectedModel } from './model.svelte'
import { deferred, type ApiDouble } from '../common/test-doubles'

vi.mock('../common/api', () => import('../common/test-doubles').then((doubles) => doubles.apiDouble()))
const double = api as unknown as ApiDouble

/** Weights of a network whose first hidden layer has `hidden` neurons: each version told apart by its shape. */
function weights(hidden: number): VersionWeights {
  const architecture = { layers: [784, hidden, 10], hiddenActivation: 'sigmoid', outputActivation: 'sigmoid', cost: 'quadratic' } as const
  return { architecture: { ...architecture, layers: [...architecture.layers] }, params: packParams(Network.zeros({ ...architecture, layers: [...architecture.layers] })) }
}
const summary = (versionId: number) => ({ versionId }) as VersionSummary
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('SelectedModel', () => {
  beforeEach(() => double.reset())

  it('keeps the later choice when the earlier one answers last', async () => {
    const model = new SelectedModel()
    const slow = deferred<VersionWeights>()
    double.answer('versions:get-weights', slow.promise)
    double.answer('versions:get-weights', weights(32))
    const first = model.pick(1)
    const second = model.pick(2)
    await second
    expect(model.versionId).toBe(2)
    expect(model.network?.layers).toEqual([784, 32, 10])
    slow.resolve(weights(16))
    await first
    expect(model.versionId).toBe(2)
    expect(model.network?.layers).toEqual([784, 32, 10])
    expect(model.loading).toBe(false)
  })

  it('does not show the error of a request that was overtaken', async () => {
    const model = new SelectedModel()
    const failing = deferred<VersionWeights>()
    double.answer('versions:get-weights', failing.promise)
    double.answer('versions:get-weights', weights(16))
    const first = model.pick(1)
    await model.pick(2)
    failing.reject(new Error('version 1 is gone'))
    await first
    expect(model.error).toBeNull()
    expect(model.network?.layers).toEqual([784, 16, 10])
  })

  it('reads with the newest version until the user picks one, and again once the picked one is deleted', async () => {
    const model = new SelectedModel()
    const weightCalls = () => double.call.mock.calls.filter(([channel]) => channel === 'versions:get-weights').length
    double.answer('versions:get-weights', weights(16))
    model.follow(1)
    await settle()
    expect(model.versionId).toBe(1)
    double.answer('versions:get-weights', weights(32))
    model.follow(2)
    await settle()
    expect(model.versionId).toBe(2)

    double.answer('versions:get-weights', weights(16))
    await model.pick(1)
    model.follow(3)
    expect(model.versionId).toBe(1)
    expect(weightCalls()).toBe(3)

    double.answer('versions:get-weights', weights(64))
    await model.drop([1])
    await settle()
    expect(model.versionId).toBe(3)
    expect(model.network?.layers).toEqual([784, 64, 10])

    model.follow(null)
    expect(model.versionId).toBeNull()
    expect(model.network).toBeNull()
  })

  it('describes the version it reads with, and checks it still exists when another process wrote', async () => {
    const model = new SelectedModel()
    double.answer('versions:get', summary(5))
    double.answer('versions:get-weights', weights(16))
    await model.pick(5)
    await settle()
    expect(model.summary?.versionId).toBe(5)

    // Still there: kept, though picked by hand and the newest is another.
    double.answer('versions:get', summary(5))
    model.follow(9)
    await model.drop('unknown')
    expect(model.versionId).toBe(5)

    // Gone: back to the newest.
    double.answer('versions:get', Promise.reject(Object.assign(new Error('There is no version 5.'), { code: 'not-found' })))
    double.answer('versions:get', summary(9))
    double.answer('versions:get-weights', weights(32))
    await model.drop('unknown')
    await settle()
    expect(model.versionId).toBe(9)
    expect(model.summary?.versionId).toBe(9)
  })

  it('tells main once per version that Draw reads with it', async () => {
    const model = new SelectedModel()
    double.answer('versions:get-weights', weights(16))
    await model.pick(4)
    double.answer('versions:mark-used', null)
    model.markUsed()
    model.markUsed()
    expect(double.call.mock.calls.filter(([channel]) => channel === 'versions:mark-used')).toEqual([['versions:mark-used', { versionId: 4 }]])
  })
})
