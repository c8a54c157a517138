import Database from 'better-sqlite3'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from './migrations'
import { APPLICATION_ID, Store } from './store'
import { CLASSIC_ORIGIN, inspectDatabase, sha256, useTempFolder } from '../test-support'

const tempFolder = useTempFolder()
const LAYERS = [784, 16, 16, 10]

describe('Store on a real SQLite file', () => {
  it('creates the schema with WAL, foreign keys, its application id and the latest user_version', () => {
    const file = join(tempFolder(), 'nested', 'digitscope.db')
    const store = Store.open(file)
    expect(store.schemaVersion).toBe(MIGRATIONS.length)
    expect(inspectDatabase(file).pragma('journal_mode')).toBe('wal')
    expect(inspectDatabase(file).pragma('application_id')).toBe(APPLICATION_ID)
    // Foreign keys are on: a snapshot of a run that does not exist is refused.
    expect(() => store.versions.add(12345, { epoch: 1, layers: LAYERS, params: new Uint8Array(4) })).toThrow(/FOREIGN KEY/)
    expect(store.versions.list()).toEqual([])
    store.close()
  })

  it('keeps runs, snapshots with their weights, and drawings across reopening', () => {
    const file = join(tempFolder(), 'digitscope.db')
    const params = new Uint8Array(new Float32Array([0.5, -1.25, 3]).buffer)
    let store = Store.open(file)
    const runId = store.runs.create({ name: 'classic run', preset: 'classic', origin: CLASSIC_ORIGIN })
    const first = store.versions.add(runId, { epoch: 1, layers: LAYERS, params, testAccuracy: 0.9, trainCost: 0.1 })
    const second = store.versions.add(runId, { epoch: 2, layers: LAYERS, params, testAccuracy: 0.93, metrics: { perClass: [1] } })
    store.runs.setStatus(runId, 'completed')
    const drawing = store.drawings.add(7, new Uint8Array(784).fill(3))
    store.close()

    store = Store.open(file)
    expect(store.schemaVersion).toBe(MIGRATIONS.length)
    const versions = store.versions.list()
    expect(versions.map((v) => v.versionId)).toEqual([second, first])
    expect(versions[0]).toMatchObject({ runId, runName: 'classic run', runStatus: 'completed', preset: 'classic', epoch: 2, layers: LAYERS, testAccuracy: 0.93 })
    expect(new Float32Array(store.versions.model(first).params.slice().buffer)).toEqual(new Float32Array([0.5, -1.25, 3]))
    expect(store.drawings.list()).toMatchObject([{ id: drawing, label: 7 }])
    store.close()
  })

  it('deleting a run deletes its snapshots and nothing else', () => {
    const store = Store.open(join(tempFolder(), 'digitscope.db'))
    const keep = store.runs.create({ name: 'keep', origin: CLASSIC_ORIGIN })
    const drop = store.runs.create({ name: 'drop', origin: CLASSIC_ORIGIN })
    const kept = store.versions.add(keep, { epoch: 1, layers: LAYERS, params: new Uint8Array(4) })
    store.versions.add(drop, { epoch: 1, layers: LAYERS, params: new Uint8Array(4) })
    store.versions.add(drop, { epoch: 2, layers: LAYERS, params: new Uint8Array(4) })
    store.runs.delete(drop)
    expect(store.versions.list().map((v) => v.versionId)).toEqual([kept])
    expect(() => store.runs.delete(drop)).toThrow(`There is no training run ${drop}.`)
    store.close()
  })

  it('rejects rows that break the schema: a duplicate epoch, a bad label, an unknown run', () => {
    const store = Store.open(join(tempFolder(), 'digitscope.db'))
    const run = store.runs.create({ name: 'r', origin: CLASSIC_ORIGIN })
    store.versions.add(run, { epoch: 1, layers: LAYERS, params: new Uint8Array(4) })
    expect(() => store.versions.add(run, { epoch: 1, layers: LAYERS, params: new Uint8Array(4) })).toThrow(/UNIQUE/)
    expect(() => store.versions.add(999, { epoch: 1, layers: LAYERS, params: new Uint8Array(4) })).toThrow(/FOREIGN KEY/)
    expect(() => store.drawings.add(10, new Uint8Array(784))).toThrow(/CHECK/)
    expect(() => store.versions.get(12345)).toThrow('There is no version 12345.')
    store.close()
  })

  it('refuses a file that is not SQLite, and leaves it byte for byte as it was', () => {
    const file = join(tempFolder(), 'notes.db')
    writeFileSync(file, 'These are my notes, not a database.\n'.repeat(50))
    const before = sha256(file)
    expect(() => Store.open(file)).toThrow(`${file} is not a Digitscope database (it is not an SQLite file); it was left untouched.`)
    expect(sha256(file)).toBe(before)
  })

  it("refuses another program's SQLite database, and leaves it untouched", () => {
    const file = join(tempFolder(), 'other.db')
    const other = new Database(file)
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)')
    other.close()
    const before = sha256(file)
    expect(() => Store.open(file)).toThrow(/is an SQLite database of another program, not Digitscope's/)
    expect(sha256(file)).toBe(before)
  })

  it('refuses a database written by a newer Digitscope', () => {
    const file = join(tempFolder(), 'digitscope.db')
    Store.open(file).close()
    const raw = new Database(file)
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`)
    raw.close()
    const before = sha256(file)
    expect(() => Store.open(file)).toThrow(
      `written by a newer Digitscope (schema ${MIGRATIONS.length + 1}; this one knows up to ${MIGRATIONS.length})`
    )
    expect(sha256(file)).toBe(before)
  })

  it('reports a damaged database clearly instead of crashing', () => {
    const file = join(tempFolder(), 'digitscope.db')
    const store = Store.open(file)
    const run = store.runs.create({ name: 'r', origin: CLASSIC_ORIGIN })
    for (let epoch = 1; epoch <= 40; epoch++) store.versions.add(run, { epoch, layers: LAYERS, params: new Uint8Array(4096) })
    store.close()
    // Overwrite the middle of the file (past the header) with garbage.
    const bytes = new Uint8Array(readFileSync(file))
    bytes.fill(0xa5, 8192, 8192 + 16384)
    writeFileSync(file, bytes)
    expect(() => Store.open(file)).toThrow(/database .* (is damaged|cannot be used|malformed)/)
  })

  it('announces each committed write once, with the ids it added, updated or deleted', () => {
    const store = Store.open(join(tempFolder(), 'digitscope.db'))
    const changes: unknown[] = []
    store.onChange((change) => changes.push(change))
    const ids = (added: number[] = [], updated: number[] = [], deleted: number[] = []) => ({ added, updated, deleted })
    const change = (runs: object, versions: object, drawings = false) => ({ runs, versions, drawings, external: false })

    const runId = store.runs.create({ name: 'r', origin: CLASSIC_ORIGIN })
    const first = store.versions.add(runId, { epoch: 1, layers: LAYERS, params: new Uint8Array(4) })
    // A run and its snapshot stored together (an import) are one write, announced once.
    const [second, imported] = store.transaction(() => {
      const other = store.runs.create({ name: 'imported', origin: CLASSIC_ORIGIN, status: 'completed' })
      return [store.versions.add(runId, { epoch: 2, layers: LAYERS, params: new Uint8Array(4) }), other]
    })
    store.versions.rename(first, 'best')
    store.drawings.add(1, new Uint8Array(784))
    expect(() => store.transaction(() => {
      store.runs.setStatus(runId, 'completed')
      throw new Error('rolled back')
    })).toThrow('rolled back')
    store.runs.delete(runId)
    expect(changes).toEqual([
      change(ids([runId]), ids()),
      change(ids([], [runId]), ids([first])),
      change(ids([imported], [runId]), ids([second])),
      change(ids(), ids([], [first])),
      change(ids(), ids(), true),
      change(ids([], [], [runId]), ids([], [], [first, second]))
    ])
    store.close()
  })
})
