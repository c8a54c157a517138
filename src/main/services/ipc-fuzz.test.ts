import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHANNELS, type Channel } from '../../shared/ipc/contract'
import { checkCall } from '../../shared/ipc/validate'
import { PRESETS } from '../../shared/training/presets'
import { Rng } from '../../shared/network/rng'
import { Store } from './store/store'
import { openServices } from './services'
import { sha256, useTempFolder } from './test-support'

const tempFolder = useTempFolder()

/** A valid argument for every channel: the fuzzer breaks these. */
const TEMPLATES: Record<Channel, unknown> = {
  'app:get-info': undefined,
  'datasets:get-info': undefined,
  'datasets:get-samples': { split: 'test', offset: 0, count: 5 },
  'datasets:list-mistakes': { versionId: 1, offset: 0, count: 5 },
  'versions:get': { versionId: 1 },
  'versions:get-weights': { versionId: 1 },
  'versions:export-model': { versionId: 1 },
  'neurons:profile': { versionId: 1, layer: 1, neuron: 0 },
  'neurons:maximise': { versionId: 1, layer: 1, neuron: 0 },
  'neurons:switch-off': { versionId: 1, layer: 1, neuron: 0 },
  'neurons:history': { versionId: 1, layer: 1, neuron: 0 },
  'neurons:try-hand-built': { versionId: 1, neuron: 0, weights: new Array(784).fill(0), bias: 0 },
  'runs:list': { offset: 0, limit: 50, text: 'x', sort: 'newest' },
  'runs:get': { runIds: [1] },
  'runs:get-versions': { runId: 1 },
  'runs:thin': { runId: 1, every: 5, dryRun: true },
  'store:get-size': undefined,
  'store:get-info': undefined,
  'versions:list': undefined,
  'versions:evaluate': { versionId: 1 },
  'versions:predict': { versionId: 1, pixels: new Array(784).fill(0) },
  'versions:mark-used': { versionId: 1 },
  'versions:list-recent': undefined,
  'versions:export-onnx': { versionId: 1 },
  'versions:rename': { versionId: 1, name: 'x' },
  'versions:annotate': { versionId: 1, notes: '', tags: [] },
  'versions:compare': { versionIds: [1, 1] },
  'versions:list-confusion-images': { versionId: 1, actual: 0, predicted: 0, offset: 0, count: 5 },
  'versions:list-disagreements': { versionIds: [1, 1], offset: 0, count: 5 },
  'versions:import': { bytes: new TextEncoder().encode('{}'), fileName: 'x.json' },
  'runs:delete': { runId: 1 },
  'drawings:save': { label: 1, pixels: new Array(784).fill(0) },
  'drawings:list': undefined,
  'drawings:relabel': { id: 1, label: 1 },
  'drawings:delete': { id: 1 },
  'training:start': { config: PRESETS.classic.config, name: 'x', preset: 'classic' },
  'training:pause': { runId: 1 },
  'training:resume': { runId: 1 },
  'training:cancel': { runId: 1 },
  'training:get-active': undefined,
  'training:fine-tune': { versionId: 1, epochs: 1 },
  'preferences:get': undefined,
  'preferences:set': { language: 'ko', theme: 'high-contrast' },
  'lesson:get': undefined,
  'lesson:set': { step: 3, answers: [0, 1, null, null, null, null, null, null, null, null, null] },
  'lesson:train-demo': { seed: 1, images: 1000, passes: 1 }
}

function junk(rng: Rng): unknown {
  const choices: Array<() => unknown> = [
    () => null,
    () => undefined,
    () => Number.NaN,
    () => Number.POSITIVE_INFINITY,
    () => -1,
    () => 1e308,
    () => 2 ** 53 + 2,
    () => 3.5,
    () => '',
    () => 'x'.repeat(1 + rng.nextInt(3_000_000)),
    () => '1',
    () => true,
    () => [],
    () => new Array(100_000).fill(7),
    () => ({}),
    () => ({ nested: { deeper: [null, { x: Number.NaN }] } }),
    () => JSON.parse('{"__proto__": {"polluted": true}}'),
    () => [Number.NaN, 'a', null]
  ]
  return choices[rng.nextInt(choices.length)]()
}

function mutate(template: unknown, rng: Rng): unknown {
  if (template === undefined || rng.next() < 0.15) return junk(rng)
  const value = structuredClone(template) as Record<string, unknown>
  const keys = Object.keys(value)
  const roll = rng.next()
  if (roll < 0.55) value[keys[rng.nextInt(keys.length)]] = junk(rng)
  else if (roll < 0.7) delete value[keys[rng.nextInt(keys.length)]]
  else if (roll < 0.85) value[['extra', '__proto__', 'constructor', 'toString'][rng.nextInt(4)]] = junk(rng)
  else if (keys.includes('config')) (value.config as Record<string, unknown>)[['eta', 'layers', 'batchSize', 'cost', 'seed'][rng.nextInt(5)]] = junk(rng)
  else value[keys[rng.nextInt(keys.length)]] = [junk(rng)]
  return value
}

describe('every IPC channel under malformed arguments', () => {
  it('rejects each with a clear error, stays up, and leaves the database byte for byte as it was', async () => {
    const databaseFile = join(tempFolder(), 'digitscope.db')
    // Written and closed first, so the write-ahead log is folded into the file before hashing.
    const setup = Store.open(databaseFile)
    const run = setup.runs.create({ name: 'keep me', origin: { kind: 'trained', config: PRESETS.classic.config }, status: 'completed' })
    setup.versions.add(run, { epoch: 1, layers: [784, 16, 16, 10], params: new Uint8Array(13_002 * 4) })
    setup.drawings.add(3, new Uint8Array(784))
    setup.close()
    const services = openServices({ databaseFile, version: 'fuzz' })
    const hashes = () => ['', '-wal'].map((suffix) => (existsSync(databaseFile + suffix) ? sha256(databaseFile + suffix) : 'absent'))
    const before = hashes()

    const rng = new Rng(2026)
    let tried = 0
    let skippedValid = 0
    for (let round = 0; round < 120; round++) {
      for (const channel of CHANNELS) {
        const arg = mutate(TEMPLATES[channel], rng)
        if (checkCall(channel, arg).ok) {
          skippedValid++ // a mutation that happens to stay valid is not malformed
          continue
        }
        tried++
        const answer = await services.dispatch(channel, arg)
        expect(answer.ok, `${channel} accepted ${JSON.stringify(arg)?.slice(0, 200)}`).toBe(false)
        if (answer.ok) continue
        expect(answer.error.code).toBe('invalid-argument')
        expect(answer.error.message).toMatch(new RegExp(`^Invalid argument for ${channel}: .+`))
        expect(answer.error.message.length, `${channel}: ${answer.error.message.slice(0, 300)}`).toBeLessThan(2_000) // a huge input is not echoed back
      }
      const name = ['', 'versions', 'versions:drop', 'x'.repeat(10_000), 'constructor', '__proto__'][round % 6]
      tried++
      expect(await services.dispatch(name, undefined)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    }
    expect(tried).toBeGreaterThan(2_500)
    console.log(`IPC fuzz: ${tried} malformed calls over ${CHANNELS.length} channels, 0 accepted (${skippedValid} mutations that stayed valid were not sent)`)

    // Still serving, and nothing was written.
    expect(await services.dispatch('runs:list', { offset: 0, limit: 10, sort: 'newest' })).toMatchObject({ ok: true, value: { runs: [{ name: 'keep me' }] } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    // Compared while open: closing checkpoints the WAL, which rewrites the files by itself.
    expect(hashes()).toEqual(before)
    await services.close()
  })
})
