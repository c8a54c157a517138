import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { VersionSummary, VersionWeights } from '../../../shared/ipc/types'
import { Network } from '../../../shared/nn/network'
import { packParams } from '../../../shared/nn/params'
import * as api from './api'
import { SelectedModel } from './model.svelte'
import { deferred, type ApiDouble } from './test-doubles'

vi.mock('./api', () => import('./test-doubles').then((doubles) => doubles.apiDouble()))
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
    double.answer('versions:get-weights', weights(16))
    model.follow([summary(1)])
    await settle()
    expect(model.versionId).toBe(1)
    double.answer('versions:get-weights', weights(32))
    model.follow([summary(2), summary(1)])
    await settle()
    expect(model.versionId).toBe(2)

    double.answer('versions:get-weights', weights(16))
    await model.pick(1)
    model.follow([summary(3), summary(2), summary(1)])
    expect(model.versionId).toBe(1)
    expect(double.call).toHaveBeenCalledTimes(3)

    double.answer('versions:get-weights', weights(64))
    model.follow([summary(3), summary(2)])
    await settle()
    expect(model.versionId).toBe(3)
    expect(model.network?.layers).toEqual([784, 64, 10])

    model.follow([])
    expect(model.versionId).toBeNull()
    expect(model.network).toBeNull()
  })
})
