// Valid calls in hostile orders, through the same dispatcher the app's IPC uses, on a real file with a real
// training worker. After each sequence: SQLite's integrity check passes, no row points nowhere, and every
// listed version loads.
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MAX_MODEL_FILE_CHARS } from '../../shared/model/model-file'
import { PRESETS } from '../../shared/training/presets'
import { openServices, type Services } from './services'
import { useTempFolder } from './test-support'

const tempFolder = useTempFolder()
const ROOT = join(import.meta.dirname, '..', '..', '..')
const MODEL_BYTES = new Uint8Array(readFileSync(join(ROOT, 'resources', 'default-model.digitscope.json')))
const quick = (epochs: number) => ({ ...PRESETS.classic.config, epochs })

function open() {
  const databaseFile = join(tempFolder(), 'digitscope.db')
  return { databaseFile, services: openServices({ databaseFile, version: 'hostile' }) }
}

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }
const call = (s: Services, channel: string, arg?: unknown) => s.dispatch(channel, arg) as Promise<Answer>
const value = <T>(answer: Answer) => {
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.value as T
}

/** The invariants that every sequence must leave standing. */
async function expectSound(databaseFile: string, services: Services) {
  const raw = new Database(databaseFile, { readonly: true })
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(raw.pragma('foreign_key_check')).toEqual([])
    expect(raw.prepare('SELECT count(*) AS n FROM version_tags WHERE version_id NOT IN (SELECT id FROM snapshots)').get()).toEqual({ n: 0 })
  } finally {
    raw.close()
  }
  for (const version of services.store.versions.list()) expect(() => services.networks.load(version.versionId), `version ${version.versionId}`).not.toThrow()
}

describe('valid calls in hostile orders', () => {
  // Handlers run to completion on the main thread, one after the other, so a delete sent together with a
  // comparison never lands inside it: this shows the order holds, not a race (there is none to have).
  it('a comparison and a delete of one of its runs, sent together, run in turn: the comparison answers in full, then the version is gone', async () => {
    const { databaseFile, services } = open()
    const a = value<{ versionId: number }>(await call(services, 'versions:import', { bytes: MODEL_BYTES, fileName: 'a' })).versionId
    const b = value<{ versionId: number }>(await call(services, 'versions:import', { bytes: MODEL_BYTES, fileName: 'b' })).versionId
    const runOfB = services.store.versions.get(b).runId
    const [compared, deleted] = await Promise.all([call(services, 'versions:compare', { versionIds: [a, b] }), call(services, 'runs:delete', { runId: runOfB })])
    expect(deleted.ok).toBe(true)
    expect(compared).toMatchObject({ ok: true, value: [{ version: { versionId: a } }, { version: { versionId: b } }] })
    const again = await call(services, 'versions:compare', { versionIds: [a, b] })
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found', message: `There is no version ${b}.`, reason: { key: 'no-version', versionId: b } } })
    await expectSound(databaseFile, services)
    await services.close()
  })

  it('deleting or thinning a run while it trains is refused; importing during a run is fine', async () => {
    const { databaseFile, services } = open()
    const { runId } = value<{ runId: number }>(await call(services, 'training:start', { config: quick(3), name: 'busy', preset: 'classic', subset: 3000 }))
    // Each refusal carries a reason the UI words in its own language.
    expect(await call(services, 'runs:delete', { runId })).toMatchObject({ ok: false, error: { code: 'busy', reason: { key: 'still-training', action: 'delete' } } })
    expect(await call(services, 'runs:thin', { runId, every: 2, dryRun: false })).toMatchObject({ ok: false, error: { code: 'busy', reason: { key: 'still-training', action: 'thin' } } })
    expect(await call(services, 'training:start', { config: quick(1), name: 'second', preset: 'classic', subset: 300 })).toMatchObject({
      ok: false,
      error: { code: 'busy', reason: { key: 'training-busy', runName: 'busy' } }
    })
    expect(await call(services, 'versions:import', { bytes: MODEL_BYTES, fileName: 'during.json' })).toMatchObject({ ok: true })
    while (value<unknown>(await call(services, 'training:get-active')) !== null) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(services.store.runs.byId([runId])[0].status).toBe('completed')
    expect(value<unknown[]>(await call(services, 'runs:get-versions', { runId }))).toHaveLength(3)
    expect(await call(services, 'runs:delete', { runId })).toMatchObject({ ok: true })
    await expectSound(databaseFile, services)
    await services.close()
  })

  it('renaming to the same name twice, and fine-tuning a deleted version', async () => {
    const { databaseFile, services } = open()
    const versionId = value<{ versionId: number }>(await call(services, 'versions:import', { bytes: MODEL_BYTES, fileName: 'a' })).versionId
    for (let i = 0; i < 2; i++) expect(await call(services, 'versions:rename', { versionId, name: 'same' })).toEqual({ ok: true, value: null })
    expect(services.store.versions.get(versionId).name).toBe('same')
    await call(services, 'drawings:save', { label: 1, pixels: Array.from({ length: 784 }, (_, k) => (k % 28 === 14 ? 1 : 0)) })
    await call(services, 'runs:delete', { runId: services.store.versions.get(versionId).runId })
    expect(await call(services, 'training:fine-tune', { versionId, epochs: 1 })).toMatchObject({ ok: false, error: { code: 'not-found', reason: { key: 'no-version', versionId } } })
    expect(services.trainer.active()).toBeNull()
    await expectSound(databaseFile, services)
    await services.close()
  })

  it('a file given to import that is a folder, missing or too large is refused with a reason, nothing stored', async () => {
    const { databaseFile, services } = open()
    const folder = tempFolder()
    const big = join(folder, 'big.digitscope.json')
    writeFileSync(big, Buffer.alloc(MAX_MODEL_FILE_CHARS + 1, 32))
    expect(await services.importFile(folder)).toMatchObject({ ok: false, error: { code: 'invalid-argument', reason: { key: 'file-unreadable', problem: 'folder', file: folder } } })
    expect(await services.importFile(join(folder, 'gone.json'))).toMatchObject({ ok: false, error: { reason: { key: 'file-unreadable', problem: 'missing' } } })
    expect(await services.importFile(join(big, 'inside.json'))).toMatchObject({ ok: false, error: { reason: { key: 'file-unreadable', problem: 'path-not-folder' } } })
    expect(await services.importFile(big)).toMatchObject({ ok: false, error: { reason: { key: 'file-too-big', file: big, limitMegabytes: MAX_MODEL_FILE_CHARS / 1e6 } } })
    expect(await call(services, 'training:fine-tune', { versionId: 1, epochs: 1 })).toMatchObject({ ok: false, error: { reason: { key: 'no-drawings' } } })
    expect(services.store.versions.list()).toEqual([])
    await expectSound(databaseFile, services)
    await services.close()
  })

  it('two CLIs training into the same database while the app reads it', async () => {
    const { databaseFile, services } = open()
    const cli = (seed: number) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli/main.ts', 'train', '--epochs', '2', '--subset', '2000', '--seed', String(seed), '--db', databaseFile], { cwd: ROOT, stdio: 'ignore' })
        child.on('exit', resolve)
      })
    const both = Promise.all([cli(1), cli(2)])
    let reads = 0
    let done = false
    void both.then(() => (done = true))
    while (!done) {
      expect((await call(services, 'runs:list', { offset: 0, limit: 50, sort: 'newest' })).ok).toBe(true)
      reads++
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(await both).toEqual([0, 0])
    expect(reads).toBeGreaterThan(5)
    const page = value<{ total: number; runs: Array<{ epochs: number; status: string }> }>(await call(services, 'runs:list', { offset: 0, limit: 50, sort: 'newest' }))
    expect(page.runs.map((run) => [run.epochs, run.status])).toEqual([
      [2, 'completed'],
      [2, 'completed']
    ])
    await expectSound(databaseFile, services)
    await services.close()
  }, 60_000)
})
