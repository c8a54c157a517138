import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sha256, useTempFolder } from './test-support'
import { openServices } from './services'

const tempFolder = useTempFolder()

function services() {
  const databaseFile = join(tempFolder(), 'digitscope.db')
  return { databaseFile, ...openServices({ databaseFile, version: '0.0.0-test' }) }
}

describe('the API behind every IPC channel', () => {
  it('answers valid calls with real content', async () => {
    const api = services()
    expect(await api.dispatch('datasets:info', undefined)).toMatchObject({
      ok: true,
      value: { train: { count: 60_000 }, test: { count: 10_000 } }
    })
    expect(await api.dispatch('versions:list', undefined)).toEqual({ ok: true, value: [] })
    expect(await api.dispatch('app:info', undefined)).toMatchObject({ ok: true, value: { databasePath: api.databaseFile } })
    await api.close()
  })

  it('rejects malformed arguments with a clear message, runs nothing and changes nothing', async () => {
    const api = services()
    const runId = api.store.createRun({ name: 'r', config: {} })
    api.store.addSnapshot(runId, { epoch: 1, layers: [784, 16, 16, 10], params: new Uint8Array(16) })
    api.store.setRunStatus(runId, 'completed')
    api.store.close()
    const before = sha256(api.databaseFile)
    const reopened = openServices({ databaseFile: api.databaseFile, version: '0.0.0-test' })

    const cases: Array<[unknown, unknown, string]> = [
      ['versions:get', { versionId: 'abc' }, 'Invalid argument for versions:get: versionId: versionId must be a number.'],
      ['versions:get', { versionId: 1.5 }, 'Invalid argument for versions:get: versionId: versionId must be a whole number.'],
      ['versions:get', { versionId: Number.NaN }, 'Invalid argument for versions:get: versionId: versionId must be a number.'],
      ['versions:get', { versionId: 0 }, 'Invalid argument for versions:get: versionId: versionId must be at least 1.'],
      ['versions:get', {}, 'Invalid argument for versions:get: versionId: required, but missing.'],
      ['versions:get', null, 'Invalid argument for versions:get: expected an object { versionId }.'],
      ['versions:get', { versionId: 1, drop: 'table' }, 'Invalid argument for versions:get: drop: unknown field (expected { versionId }).'],
      ['datasets:samples', { split: 'validation', offset: 0, count: 5 }, 'Invalid argument for datasets:samples: split: split must be "train" or "test".'],
      ['datasets:samples', { split: 'test', offset: 0, count: 100_000 }, 'Invalid argument for datasets:samples: count: count must be at most 200.'],
      ['versions:list', { all: true }, 'Invalid argument for versions:list: this channel takes no argument.'],
      ['versions:delete-everything', undefined, 'Unknown channel "versions:delete-everything".'],
      [42, undefined, 'Unknown channel of type number.']
    ]
    for (const [channel, arg, message] of cases) {
      const answer = await reopened.dispatch(channel, arg)
      expect(answer, JSON.stringify([channel, arg])).toEqual({
        ok: false,
        error: { code: message.startsWith('Unknown channel') ? 'unknown-channel' : 'invalid-argument', message }
      })
    }
    // The service is still up and the database is what it was.
    expect(await reopened.dispatch('versions:list', undefined)).toMatchObject({ ok: true, value: [{ epoch: 1 }] })
    await reopened.close()
    expect(sha256(api.databaseFile)).toBe(before)
  })

  it('turns a missing version into a not-found error, not a crash', async () => {
    const api = services()
    expect(await api.dispatch('versions:get', { versionId: 77 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no version 77.' }
    })
    await api.close()
  })
})
