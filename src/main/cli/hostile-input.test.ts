// Every hostile input the probe found let through (issue "Every door checked"), tried through the CLI as a
// user would: each must answer with one line on stderr, exit 2 and write nothing.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../shared/training/presets'
import { Store } from '../services/store/store'
import { CLASSIC_ORIGIN, sha256, useTempFolder } from '../services/test-support'

const tempFolder = useTempFolder()
const ROOT = join(import.meta.dirname, '..', '..', '..')
const MODEL = join(ROOT, 'resources', 'default-model.digitscope.json')

function cli(...args: string[]) {
  const started = performance.now()
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, seconds: (performance.now() - started) / 1000 }
}

/** A database holding the bundled model, closed so its bytes can be compared after a refusal. */
function storeWithModel(): { db: string; hash: () => string } {
  const db = join(tempFolder(), 'digitscope.db')
  expect(cli('import', MODEL, '--db', db).code).toBe(0)
  return { db, hash: () => sha256(db) }
}

/** The contract: one line on stderr that starts with "digitscope:", exit code 2, and under 2 000 characters. */
function expectRefused(run: ReturnType<typeof cli>, message: RegExp) {
  expect(run.code, run.stderr).toBe(2)
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(run.stderr).toMatch(/^digitscope: /)
  expect(run.stderr.length).toBeLessThan(2000)
  expect(run.stderr).toMatch(message)
}

/** A PNG whose header claims width × height, with no image data at all (74 bytes, as the probe's). */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8)
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', Buffer.alloc(9)), chunk('IEND', Buffer.alloc(0))])
}

describe('hostile files and paths through the CLI: one line, exit 2, nothing written', () => {
  it('1: a tiny PNG claiming 30 000 × 30 000 pixels is refused from its header; a broken PNG gets our own words', () => {
    const { db, hash } = storeWithModel()
    const before = hash()
    const huge = join(tempFolder(), 'huge.png')
    writeFileSync(huge, pngClaiming(30_000, 30_000))
    expect(readFileSync(huge).length).toBeLessThan(100)
    const run = cli('predict', '--image', huge, '--db', db)
    expectRefused(run, /is 30000 × 30000 pixels; Digitscope reads images up to 4096 × 4096/)
    expect(run.seconds).toBeLessThan(10)
    const broken = join(tempFolder(), 'broken.png')
    writeFileSync(broken, pngClaiming(28, 28))
    expectRefused(cli('predict', '--image', broken, '--db', db), /damaged, cut short/)
    // Found by the probe: a second header that claims a huge size, and image data cut far short of the size.
    const twoHeaders = join(tempFolder(), 'two-headers.png')
    const [small, large] = [pngClaiming(1, 1), pngClaiming(16_000, 16_000)]
    writeFileSync(twoHeaders, Buffer.concat([small.subarray(0, 33), large.subarray(8, 33), small.subarray(33)]))
    expectRefused(cli('predict', '--image', twoHeaders, '--db', db), /more than one header/)
    const short = join(tempFolder(), 'short.png')
    writeFileSync(short, pngClaiming(4096, 4096))
    expectRefused(cli('predict', '--image', short, '--db', db), /damaged|cut short/)
    const text = join(tempFolder(), 'not.png')
    writeFileSync(text, 'hello')
    expectRefused(cli('predict', '--image', text, '--db', db), /not a PNG file/)
    expect(hash()).toBe(before)
  })

  it('2–5: model files with impossible layers, 5 million layers, huge strings or oversized fields are refused', () => {
    const { db, hash } = storeWithModel()
    const before = hash()
    const model = JSON.parse(readFileSync(MODEL, 'utf8')) as Record<string, unknown>
    const write = (change: Record<string, unknown> | string) => {
      const file = join(tempFolder(), 'hostile.digitscope.json')
      writeFileSync(file, typeof change === 'string' ? change : JSON.stringify({ ...model, ...change }))
      return file
    }
    for (const layers of [[784, 5], [2, 3, 10], [784, 300]]) {
      expectRefused(cli('import', write({ layers }), '--db', db), /layers must be 784, then up to 8 hidden layers/)
    }
    const millions = cli('import', write(`{"format":"digitscope.model","formatVersion":1,"layers":[${'1,'.repeat(5_000_000)}1]}`), '--db', db)
    expectRefused(millions, /found 5000001 layers/)
    expectRefused(cli('import', write({ name: 'n'.repeat(40_000_000) }), '--db', db), /name must be text of at most 200 characters \(found text of 40000000 characters\)/)
    expectRefused(cli('import', write({ preset: 'p'.repeat(10_000_000) }), '--db', db), /preset must be text of at most 40 characters/)
    expectRefused(cli('import', write({ epoch: 1e300 }), '--db', db), /epoch must be a whole number/)
    expectRefused(cli('import', write({ metrics: { confusion: Array.from({ length: 3000 }, () => Array(3000).fill(0)) } }), '--db', db), /10 rows of 10 counts/)
    expectRefused(cli('import', write(`{"format":"digitscope.model","formatVersion":1,"layers":${'['.repeat(100_000)}${']'.repeat(100_000)}}`), '--db', db), /layers must be/)
    expect(hash()).toBe(before)
  }, 120_000)

  it('6: export never writes over the database or its log, nor an existing file without --force', () => {
    const { db, hash } = storeWithModel()
    const before = hash()
    expectRefused(cli('export', '--version', '1', '--out', db, '--db', db), /Refusing to write over .* it is Digitscope's database/)
    expectRefused(cli('export', '--version', '1', '--out', `${db}-wal`, '--db', db), /it is Digitscope's database \(wal file\)/)
    expect(hash()).toBe(before)
    const out = join(tempFolder(), 'mine.digitscope.json')
    writeFileSync(out, 'my own notes')
    expectRefused(cli('export', '--version', '1', '--out', out, '--db', db), /already exists; add --force to replace it/)
    expect(readFileSync(out, 'utf8')).toBe('my own notes')
    expect(cli('export', '--version', '1', '--out', out, '--force', '--db', db).code).toBe(0)
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'digitscope.model', epoch: 30 })
  })

  it('names are 1 to 200 characters and shown on a terminal without their control characters', () => {
    const { db } = storeWithModel()
    expectRefused(cli('import', MODEL, '--name', 'N'.repeat(201), '--db', db), /name: name must be at most 200 characters/)
    expectRefused(cli('import', MODEL, '--name', '  ', '--db', db), /name: name must not be empty/)
    expect(cli('import', MODEL, '--name', 'a\u001b[2Jb\u202ec', '--db', db).code).toBe(0)
    const listed = cli('list', '--db', db).stdout
    expect(listed).toContain('a\ufffd[2Jb\ufffdc')
    expect(listed.includes('\u001b') || listed.includes('\u202e')).toBe(false)
  })

  it('a refused file creates no database and no folders', () => {
    const db = join(tempFolder(), 'new', 'folders', 'digitscope.db')
    const empty = join(tempFolder(), 'empty.json')
    writeFileSync(empty, '')
    expectRefused(cli('import', empty, '--db', db), /not valid JSON/)
    expectRefused(cli('predict', '--image', empty, '--db', db), /not a PNG file/)
    expect(existsSync(join(db, '..'))).toBe(false)
  })

  it('another program’s SQLite file — views only, or a schema version of its own — is never touched', () => {
    for (const sql of ['CREATE VIEW v AS SELECT 1', 'PRAGMA user_version = 2']) {
      const other = join(tempFolder(), 'other.db')
      execFileSync('sqlite3', [other, sql])
      const before = sha256(other)
      expectRefused(cli('list', '--db', other), /another program/)
      expect(sha256(other)).toBe(before)
    }
  })

  it('an export through a linked folder is still refused over the database’s journal', () => {
    const { db } = storeWithModel()
    const linked = join(tempFolder(), 'linked')
    execFileSync('ln', ['-s', join(db, '..'), linked])
    expectRefused(cli('export', '--version', '1', '--out', join(linked, 'digitscope.db-journal'), '--db', db), /it is Digitscope's database \(journal file\)/)
  })

  it('7: --db naming a folder or a named pipe is refused at once, without opening it', () => {
    const folder = join(tempFolder(), 'a-folder')
    mkdirSync(folder)
    expectRefused(cli('list', '--db', folder), /is a folder, not a database file/)
    const fifo = join(tempFolder(), 'a-pipe')
    execFileSync('mkfifo', [fifo])
    const run = cli('list', '--db', fifo)
    expectRefused(run, /is a named pipe, not a database file/)
    expect(run.seconds).toBeLessThan(20)
  })

  it('8: allowed settings that diverge end the run as diverged, store nothing, and say to try a smaller η', () => {
    const db = join(tempFolder(), 'digitscope.db')
    const run = cli('train', '--preset', 'modern', '--eta', '100', '--momentum', '0.99', '--batch', '1', '--subset', '500', '--epochs', '1', '--db', db)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^digitscope: Training diverged in epoch 1: .*Try a smaller η/)
    const store = Store.open(db)
    expect(store.versions.list()).toEqual([])
    store.close()
  })
})

describe('9: ids and caches after a delete', () => {
  it('an import after deleting the newest run gets a new id, and nothing cached of the deleted model is served', async () => {
    const { openServices } = await import('../services/services')
    const services = openServices({ databaseFile: join(tempFolder(), 'digitscope.db'), version: 'test' })
    try {
      const first = services.networks.importFile(MODEL)
      const firstRun = services.store.versions.get(first).runId
      const before = services.networks.predictions(first)
      services.store.runs.delete(firstRun)
      expect(() => services.networks.predictions(first)).toThrow(/no version/)
      const runId = services.store.runs.create({ name: 'other', origin: { kind: 'trained', config: { ...PRESETS.classic.config, layers: [784, 10] } }, status: 'completed' })
      const second = services.store.versions.add(runId, { epoch: 1, layers: [784, 10], params: new Uint8Array(7850 * 4) })
      expect(second).toBeGreaterThan(first)
      expect(services.networks.predictions(second)).not.toEqual(before)
    } finally {
      await services.close()
    }
  })

  it('a store opened on the same file by the CLI sees the run deleted by the app', () => {
    const db = join(tempFolder(), 'digitscope.db')
    const app = Store.open(db)
    const runId = app.runs.create({ name: 'r', origin: CLASSIC_ORIGIN, status: 'completed' })
    app.versions.add(runId, { epoch: 1, layers: [784, 16, 16, 10], params: new Uint8Array(13_002 * 4) })
    app.runs.delete(runId)
    expect(cli('list', '--db', db, '--json').stdout.trim()).toBe('[]')
    app.close()
  })
})
