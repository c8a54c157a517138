import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from './services'
import { useTempFolder } from './test-support'

const tempFolder = useTempFolder()
const MODEL = join(import.meta.dirname, '..', '..', '..', 'resources', 'default-model.digitscope.json')

type Answer = { ok: true; value: never } | { ok: false; error: { code: string; message: string } }

describe('a neuron of a stored version, through the API', () => {
  it('answers what it responds to, the input that excites it most, and what switching it off or replacing it costs', async () => {
    const s = openServices({ databaseFile: join(tempFolder(), 'digitscope.db'), version: 'test' })
    try {
      const versionId = s.networks.importFile(MODEL)
      const call = (channel: string, arg: unknown) => s.dispatch(channel, arg) as Promise<Answer>

      const profile = (await call('neurons:profile', { versionId, layer: 2, neuron: 5 })) as { ok: true; value: { top: Array<{ z: number; pixels: number[]; label: number }>; spread: unknown[]; meanActivationByDigit: number[] } }
      expect(profile.ok).toBe(true)
      expect(profile.value.top).toHaveLength(9)
      expect(profile.value.top[0].pixels).toHaveLength(784)
      expect(profile.value.top.map((t) => t.z)).toEqual([...profile.value.top.map((t) => t.z)].sort((a, b) => b - a))
      expect(profile.value.spread).toHaveLength(5)
      expect(profile.value.meanActivationByDigit).toHaveLength(10)

      const answer = (await call('neurons:maximise', { versionId, layer: 1, neuron: 3 })) as { ok: true; value: { image: number[]; z: number; exact: number[]; exactZ: number } }
      expect(answer.value.image.every((x) => x >= 0 && x <= 1)).toBe(true)
      expect(answer.value.exact.every((x) => x === 0 || x === 1)).toBe(true)
      // The worked-out answer is the best there is: gradient ascent, held back by its blur and jitter, gets part of the way.
      expect(answer.value.exactZ).toBeGreaterThanOrEqual(answer.value.z - 1e-3)
      expect(answer.value.z).toBeGreaterThan(0.5 * answer.value.exactZ)

      const off = (await call('neurons:switch-off', { versionId, layer: 1, neuron: 3 })) as { ok: true; value: { before: { accuracy: number }; after: { accuracy: number; perClassAccuracy: number[] } } }
      expect(off.value.before.accuracy).toBe(0.9376)
      expect(off.value.after.accuracy).toBeLessThan(0.9376)
      expect(off.value.after.perClassAccuracy).toHaveLength(10)

      const blank = (await call('neurons:try-hand-built', { versionId, neuron: 3, weights: new Array(784).fill(0), bias: -1000 })) as { ok: true; value: { after: { accuracy: number }; meanActivationByDigit: number[] } }
      expect(blank.value.after.accuracy).toBe(off.value.after.accuracy) // a neuron that never fires is the neuron switched off
      expect(blank.value.meanActivationByDigit).toEqual(new Array(10).fill(0))
      // Weight on the top-left pixel only, bias 0: σ(0) = ½ for every image (MNIST's corners are blank).
      const corner = (await call('neurons:try-hand-built', { versionId, neuron: 3, weights: [1, ...new Array(783).fill(0)], bias: 0 })) as { ok: true; value: { meanActivationByDigit: number[] } }
      expect(corner.value.meanActivationByDigit).toEqual(new Array(10).fill(0.5))

      expect(await call('neurons:switch-off', { versionId, layer: 3, neuron: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: `Version ${versionId} has hidden layers 1 to 2, not 3.` } })
      expect(await call('neurons:profile', { versionId, layer: 1, neuron: 16 })).toMatchObject({ ok: false, error: { message: `Layer 1 of version ${versionId} has 16 neurons, so there is no neuron 16.` } })
      expect(await call('neurons:try-hand-built', { versionId, neuron: 0, weights: [1, 2], bias: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    } finally {
      await s.close()
    }
  })
})
