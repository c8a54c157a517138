import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Channel, ResultOf } from '../../shared/ipc/contract'
import { CLASSIC_ORIGIN, sha256, useTempFolder } from './test-support'
import { openServices } from './services'

const tempFolder = useTempFolder()

function services() {
  const databaseFile = join(tempFolder(), 'digitscope.db')
  return { databaseFile, ...openServices({ databaseFile, version: '0.0.0-test' }) }
}

describe('the API behind every IPC channel', () => {
  it('answers valid calls with real content', async () => {
    const api = services()
    expect(await api.dispatch('datasets:get-info', undefined)).toMatchObject({
      ok: true,
      value: { train: { count: 60_000 }, test: { count: 10_000 } }
    })
    expect(await api.dispatch('runs:list', { offset: 0, limit: 50, sort: 'newest' })).toEqual({ ok: true, value: { total: 0, runs: [] } })
    expect(await api.dispatch('app:get-info', undefined)).toMatchObject({ ok: true, value: { databasePath: api.databaseFile } })
    await api.close()
  })

  it('sends a version’s weights as the stored bytes, and exports it as model-file and ONNX bytes', async () => {
    const api = services()
    const versionId = api.networks.importFile(join(import.meta.dirname, '..', '..', '..', 'resources', 'default-model.digitscope.json'))
    const weights = await api.dispatch('versions:get-weights', { versionId })
    expect(weights).toMatchObject({ ok: true, value: { architecture: { layers: [784, 16, 16, 10], hiddenActivation: 'sigmoid' } } })
    const { params } = (weights as { value: { params: Uint8Array } }).value
    expect(params).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(params).equals(Buffer.from(api.store.versions.model(versionId).params))).toBe(true)
    const file = (await api.dispatch('versions:export-model', { versionId })) as { value: { bytes: Uint8Array } }
    expect(JSON.parse(new TextDecoder().decode(file.value.bytes))).toMatchObject({ format: 'digitscope.model', layers: [784, 16, 16, 10], epoch: 30 })
    const onnx = (await api.dispatch('versions:export-onnx', { versionId })) as { value: { bytes: Uint8Array } }
    expect(onnx.value.bytes).toBeInstanceOf(Uint8Array)
    expect(onnx.value.bytes.length).toBeGreaterThan(13_002 * 4)
    await api.close()
  })

  it('lists, evaluates and reads with versions, and says where the database is: the channels the CLI uses', async () => {
    const api = services()
    const ask = async <C extends Channel>(channel: C, arg: unknown): Promise<ResultOf<C>> => {
      const answer = await api.dispatch(channel, arg)
      if (!answer.ok) throw new Error(answer.error.message)
      return answer.value as ResultOf<C>
    }
    const blank = new Array(784).fill(0)
    expect(await api.dispatch('versions:predict', { pixels: blank })).toMatchObject({ ok: false, error: { code: 'not-found', message: 'There are no versions yet: train or import one first.' } })
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', '..', 'resources', 'default-model.digitscope.json')))
    const a = (await ask('versions:import', { bytes, fileName: 'bundled.json', name: '  mine  ' })).versionId
    const b = (await ask('versions:import', { bytes, fileName: 'again.json' })).versionId
    const listed = await ask('versions:list', undefined)
    expect(listed.map((v) => v.versionId)).toEqual([b, a])
    expect(listed[1].runName).toBe('mine')
    const evaluated = await ask('versions:evaluate', { versionId: a })
    expect(evaluated.count).toBe(10_000)
    expect(evaluated.accuracy).toBeGreaterThan(0.9)
    const test = api.datasets.samples('test', 0, 1)[0]
    const read = await ask('versions:predict', { pixels: test.pixels.map((p) => p / 255) })
    expect(read).toMatchObject({ versionId: b, prediction: test.label })
    expect(read.layers.map((layer) => layer.length)).toEqual([784, 16, 16, 10])
    expect(await ask('versions:predict', { versionId: a, pixels: blank })).toMatchObject({ versionId: a })
    expect(await ask('store:get-info', undefined)).toEqual({ database: api.databaseFile, schemaVersion: expect.any(Number) })
    await api.close()
  })

  it('refuses a list of a million items on any channel before checking its items (found by the hostile probe: it used gigabytes)', async () => {
    const api = services()
    for (const [channel, arg] of [
      ['drawings:save', { label: 1, pixels: new Array(1_000_000).fill('x') }],
      ['runs:get', { runIds: new Array(1_000_000).fill(1) }],
      ['training:start', { config: { layers: new Array(1_000_000).fill(784) }, name: 'n', preset: null }]
    ] as const) {
      expect(await api.dispatch(channel, arg)).toEqual({ ok: false, error: { code: 'invalid-argument', message: `Invalid argument for ${channel}: a list of 1000000 items; no call takes more than 10000.` } })
    }
    await api.close()
  })

  it('rejects malformed arguments with a clear message, runs nothing and changes nothing', async () => {
    const api = services()
    const runId = api.store.runs.create({ name: 'r', origin: CLASSIC_ORIGIN })
    api.store.versions.add(runId, { epoch: 1, layers: [784, 16, 16, 10], params: new Uint8Array(16) })
    api.store.runs.setStatus(runId, 'completed')
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
      ['datasets:get-samples', { split: 'validation', offset: 0, count: 5 }, 'Invalid argument for datasets:get-samples: split: split must be "train" or "test".'],
      ['datasets:get-samples', { split: 'test', offset: 0, count: 100_000 }, 'Invalid argument for datasets:get-samples: count: count must be at most 200.'],
      ['store:get-size', { all: true }, 'Invalid argument for store:get-size: this channel takes no argument.'],
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
    expect(await reopened.dispatch('runs:list', { offset: 0, limit: 50, sort: 'newest' })).toMatchObject({ ok: true, value: { runs: [{ last: { epoch: 1 } }] } })
    await reopened.close()
    expect(sha256(api.databaseFile)).toBe(before)
  })

  it('turns a missing version into a not-found error, not a crash', async () => {
    const api = services()
    expect(await api.dispatch('versions:get', { versionId: 77 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no version 77.', reason: { key: 'no-version', versionId: 77 } }
    })
    await api.close()
  })
})

describe('managing and comparing versions through the API', () => {
  it('renames, compares, lists confusion cells and disagreements, imports, and deletes a run and nothing else', async () => {
    const databaseFile = join(tempFolder(), 'digitscope.db')
    const changes: string[] = []
    const s = openServices({ databaseFile, version: 'test', emit: (event) => changes.push(event) })
    const { PRESETS } = await import('../../shared/training/presets')
    const a = await s.trainer.start({ config: { ...PRESETS.classic.config, epochs: 2 }, name: 'A', preset: 'classic', subset: 3000 }).done
    const b = await s.trainer.start({ config: { ...PRESETS.modern.config, epochs: 1 }, name: 'B', preset: 'modern', subset: 3000 }).done
    const [va, vb] = [a.versionId as number, b.versionId as number]

    changes.length = 0
    expect(await s.dispatch('versions:rename', { versionId: va, name: '  my best  ' })).toEqual({ ok: true, value: null })
    expect(s.store.versions.get(va).name).toBe('my best')
    expect(changes).toContain('versions:changed')

    const compared = await s.dispatch('versions:compare', { versionIds: [va, vb] })
    if (!compared.ok) throw new Error(compared.error.message)
    const [ca, cb] = compared.value as Array<{ curve: unknown[]; confusion: number[][]; version: { origin: { kind: 'trained'; config: { eta: number } } } }>
    expect(ca.curve).toHaveLength(2)
    expect(cb.curve).toHaveLength(1)
    expect(ca.version.origin.config.eta).toBe(3)
    expect(ca.confusion.flat().reduce((x, y) => x + y)).toBe(10_000)

    const cell = await s.dispatch('versions:list-confusion-images', { versionId: va, actual: 7, predicted: 7, offset: 0, count: 5 })
    if (!cell.ok) throw new Error(cell.error.message)
    const { total, items } = cell.value as { total: number; items: Array<{ label: number }> }
    expect(total).toBe(ca.confusion[7][7])
    expect(items.every((item) => item.label === 7)).toBe(true)

    const disagree = await s.dispatch('versions:list-disagreements', { versionIds: [va, vb], offset: 0, count: 3 })
    if (!disagree.ok) throw new Error(disagree.error.message)
    const found = disagree.value as { total: number; items: Array<{ answers: number[] }> }
    expect(found.total).toBeGreaterThan(0)
    expect(found.items.every((item) => item.answers[0] !== item.answers[1])).toBe(true)

    const text = JSON.stringify(s.networks.exportFile(vb))
    const imported = await s.dispatch('versions:import', { bytes: new TextEncoder().encode(text), fileName: 'b.digitscope.json' })
    expect(imported.ok).toBe(true)
    const bad = await s.dispatch('versions:import', { bytes: new TextEncoder().encode(text.replace('"formatVersion":1', '"formatVersion":2')), fileName: 'bad.json' })
    const detail = 'unsupported model format version 2: this Digitscope reads version 1'
    expect(bad).toEqual({ ok: false, error: { code: 'invalid-argument', message: `bad.json: ${detail}.`, reason: { key: 'model-file', file: 'bad.json', detail } } })

    expect(await s.dispatch('runs:delete', { runId: a.runId })).toEqual({ ok: true, value: null })
    // What is left: run B and the copy imported from its file.
    expect(s.store.versions.list().map((v) => v.runName).sort()).toEqual(['B', 'B, epoch 1'])
    expect(s.store.versions.list().some((v) => v.runId === a.runId)).toBe(false)
    expect(await s.dispatch('versions:compare', { versionIds: [vb] })).toMatchObject({ ok: false, error: { message: /compare at least 2 versions/ } })
    await s.close()
  })
})

describe('my handwriting', () => {
  it('saves, relabels and deletes drawings; fine-tuning on them makes a new run derived from the version', async () => {
    const databaseFile = join(tempFolder(), 'digitscope.db')
    const s = openServices({ databaseFile, version: 'test', defaultModel: join(import.meta.dirname, '..', '..', '..', 'resources', 'default-model.digitscope.json') })
    const [bundled] = s.store.versions.list()
    expect(await s.dispatch('training:fine-tune', { versionId: bundled.versionId, epochs: 1 })).toMatchObject({
      ok: false,
      error: { message: /Save some of your own drawings first/ }
    })
    // "My handwriting": ten test digits the bundled model gets wrong, with their true labels.
    const wrong = s.networks.mistakes(bundled.versionId).slice(0, 10)
    for (const { index } of wrong) {
      const sample = s.datasets.samples('test', index, 1)[0]
      expect(await s.dispatch('drawings:save', { label: sample.label, pixels: sample.pixels.map((v) => v / 255) })).toMatchObject({ ok: true })
    }
    const saved = await s.dispatch('drawings:list', undefined)
    if (!saved.ok) throw new Error(saved.error.message)
    const list = saved.value as Array<{ id: number; label: number }>
    expect(list).toHaveLength(10)
    expect(await s.dispatch('drawings:save', { label: 3, pixels: [0.5] })).toMatchObject({ ok: false, error: { message: /a drawing has 784 pixels/ } })
    expect(s.networks.handwritingAccuracy(bundled.versionId)).toEqual({ accuracy: 0, count: 10 })

    const started = await s.dispatch('training:fine-tune', { versionId: bundled.versionId, epochs: 2 })
    if (!started.ok) throw new Error(started.error.message)
    const outcome = await new Promise<{ status: string; versionId: number | null }>((resolve) =>
      s.trainer.subscribe((event) => event.type === 'state' && ['completed', 'failed'].includes(event.state.status) && resolve({ status: event.state.status, versionId: s.store.versions.list()[0].versionId }))
    )
    expect(outcome.status).toBe('completed')
    const tuned = s.store.versions.get(outcome.versionId as number)
    expect(tuned).toMatchObject({ parentVersionId: bundled.versionId, runName: '@fine-tune:@bundled', epoch: 2 })
    // It learned the user's digits and kept most of what it knew.
    expect(s.networks.handwritingAccuracy(tuned.versionId).accuracy).toBeGreaterThanOrEqual(0.8)
    expect(tuned.testAccuracy).toBeGreaterThan(0.9)

    await s.dispatch('drawings:relabel', { id: list[0].id, label: (list[0].label + 1) % 10 })
    await s.dispatch('drawings:delete', { id: list[1].id })
    expect(s.store.drawings.list().map((d) => d.label)[0]).toBe((list[0].label + 1) % 10)
    expect(s.store.drawings.list()).toHaveLength(9)
    await s.close()
  })
})
