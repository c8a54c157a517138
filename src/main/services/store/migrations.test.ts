import { PRESETS } from '../../../shared/training/presets'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from './migrations'
import { APPLICATION_ID, Store } from './store'
import { inspectDatabase, useTempFolder } from '../test-support'

const tempFolder = useTempFolder()

/** A database at schema 1, as the first release made it, still open for the test to fill. */
function firstRelease() {
  const file = join(tempFolder(), 'digitscope.db')
  const old = new Database(file)
  old.exec(MIGRATIONS[0])
  old.pragma(`application_id = ${APPLICATION_ID}`)
  old.pragma('user_version = 1')
  return { file, old }
}

describe('migrations', () => {
  it('upgrade a database written by the first schema in place, its data intact', () => {
    // A database as the first release wrote it: schema 1 only, with a run, a snapshot and a drawing.
    const { file, old } = firstRelease()
    old.prepare("INSERT INTO runs (id, name, preset, config, status, created_at) VALUES (1, 'old run', 'classic', ?, 'completed', '2026-01-01T00:00:00Z')").run(JSON.stringify(PRESETS.classic.config))
    old.prepare("INSERT INTO snapshots (id, run_id, epoch, name, layers, params, test_accuracy, created_at) VALUES (7, 1, 3, 'kept', '[784,16,16,10]', ?, 0.91, '2026-01-01T00:00:00Z')").run(Buffer.from([1, 2, 3, 4]))
    old.prepare("INSERT INTO drawings (label, pixels, created_at) VALUES (4, ?, '2026-01-01T00:00:00Z')").run(Buffer.alloc(784, 9))
    old.close()

    const store = Store.open(file)
    expect(store.schemaVersion).toBe(MIGRATIONS.length)
    expect(store.versions.list()).toMatchObject([{ versionId: 7, runId: 1, runName: 'old run', name: 'kept', epoch: 3, testAccuracy: 0.91, origin: { kind: 'trained', config: PRESETS.classic.config } }])
    expect(Array.from(store.versions.model(7).params)).toEqual([1, 2, 3, 4])
    expect(store.drawings.list()).toMatchObject([{ label: 4 }])
    expect(store.settings.get('window.place')).toBeUndefined() // the settings table of migration 2 exists
    expect(store.versions.get(7).runStatus).toBe('completed')
    expect(inspectDatabase(file).pragma('integrity_check')).toBe('ok')
    store.close()
  })

  it('store the names an older Digitscope gave runs in English as keys, and find them by either language', () => {
    const { file, old } = firstRelease()
    const insert = old.prepare("INSERT INTO runs (id, name, preset, config, status, created_at) VALUES (?, ?, 'classic', ?, 'completed', '2026-01-01T00:00:00Z')")
    const names = ["3Blue1Brown's network (bundled)", "3Blue1Brown's network (bundled) + my handwriting", 'mine + my handwriting', 'my bundled run']
    names.forEach((name, i) => insert.run(i + 1, name, JSON.stringify(PRESETS.classic.config)))
    old.close()

    const store = Store.open(file)
    const stored = new Map(store.runs.list({ sort: 'oldest', offset: 0, limit: 10 }).runs.map((run) => [run.runId, run.name]))
    expect([...stored.values()]).toEqual(['@bundled', '@fine-tune:@bundled', '@fine-tune:mine', 'my bundled run'])
    const found = (text: string) => store.runs.list({ sort: 'oldest', offset: 0, limit: 10, text }).runs.map((run) => run.runId)
    expect(found('3blue1brown')).toEqual([1, 2])
    expect(found('기본 제공')).toEqual([1, 2])
    expect(found('손글씨')).toEqual([2, 3])
    expect(found('my handwriting')).toEqual([2, 3])
    expect(found('bundled')).toEqual([1, 2, 4])
    expect(found('@fine')).toEqual([2, 3])
    store.close()
  })

  it('a migration that fails leaves the database at its previous version', () => {
    const { file, old } = firstRelease()
    old.exec('CREATE TABLE settings (key TEXT)') // in the way of migration 2
    old.close()
    expect(() => Store.open(file)).toThrow(/table settings already exists/)
    const after = new Database(file)
    expect(after.pragma('user_version', { simple: true })).toBe(1)
    after.close()
  })
})
