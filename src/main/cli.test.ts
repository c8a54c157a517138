import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ModelStore } from './services/model-store'
import { sha256, useTempFolder } from './services/test-support'

const tempFolder = useTempFolder()
const ROOT = join(import.meta.dirname, '..', '..')

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DIGITSCOPE_DB: join(tempFolder(), 'default.db') }
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the digitscope CLI', () => {
  it('prints its help', () => {
    const { code, stdout } = cli('--help')
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: digitscope <command> [options]')
  })

  it('lists stored versions as JSON, each with its versionId', () => {
    const db = join(tempFolder(), 'digitscope.db')
    const store = ModelStore.open(db)
    const run = store.createRun({ name: 'cli run', config: {} })
    const versionId = store.addSnapshot(run, { epoch: 1, layers: [784, 16, 16, 10], params: new Uint8Array(4), testAccuracy: 0.5 })
    store.close()
    const { code, stdout } = cli('list', '--db', db, '--json')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject([{ versionId, runName: 'cli run', testAccuracy: 0.5 }])
    expect(cli('list', '--db', db).stdout).toMatch(/#\d+\s+cli run\s+1\s+784-16-16-10\s+50\.00%/)
  })

  it('answers a bad command or option with one line and exit code 2', () => {
    for (const args of [['frobnicate'], ['list', '--nope'], ['list', 'extra']]) {
      const { code, stderr } = cli(...args)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(stderr).toMatch(/^digitscope: /)
    }
  })

  it('refuses a file that is not a Digitscope database with exit code 2 and leaves it untouched', () => {
    const file = join(tempFolder(), 'thesis.db')
    writeFileSync(file, 'chapter one\n'.repeat(100))
    const before = sha256(file)
    const { code, stderr } = cli('list', '--db', file)
    expect(code).toBe(2)
    expect(stderr.trim()).toBe(`digitscope: ${file} is not a Digitscope database (it is not an SQLite file); it was left untouched.`)
    expect(sha256(file)).toBe(before)
  })
})
