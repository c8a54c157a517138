// The terminal and the window are two front-ends over one contract: a value out of bounds is refused by
// the same schema, with the same words, whichever of them sends it.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../shared/training/presets'
import { openServices } from '../services/services'
import { useTempFolder } from '../services/test-support'
import { parse, trainingRequest } from './words'

const tempFolder = useTempFolder()
const ROOT = join(import.meta.dirname, '..', '..', '..')

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  return { code: result.status, stderr: result.stderr }
}

/** What the window gets for the same training:start, through dispatch. */
async function throughIpc(change: { subset?: unknown; layers?: unknown[] }): Promise<string> {
  const services = openServices({ databaseFile: join(tempFolder(), 'ipc.db'), version: 'test' })
  try {
    const { layers, subset } = change
    const config = { ...PRESETS.classic.config, ...(layers && { layers }) }
    const answer = await services.dispatch('training:start', { config, name: 'from the window', preset: 'classic', ...(subset !== undefined && { subset }) })
    expect(answer.ok).toBe(false)
    return answer.ok ? '' : answer.error.message
  } finally {
    await services.close()
  }
}

describe('one bound and one message for the CLI and IPC', () => {
  const cases: Array<{ words: string[]; ipc: { subset?: unknown; layers?: unknown[] }; says: RegExp }> = [
    { words: ['--subset', '1e300'], ipc: { subset: 1e300 }, says: /subset: training images must be at most 60000/ },
    { words: ['--subset', '100000'], ipc: { subset: 100_000 }, says: /subset: training images must be at most 60000/ },
    { words: ['--subset', '0x10'], ipc: { subset: '0x10' }, says: /subset: training images must be a number/ },
    { words: ['--layers', '784,0,10'], ipc: { layers: [784, 0, 10] }, says: /config\.layers\.1: every layer size must be at least 1/ },
    { words: ['--layers', '784,16,x,10'], ipc: { layers: [784, 16, 'x', 10] }, says: /config\.layers\.2: every layer size must be a number/ },
    { words: ['--layers', '784,16,16'], ipc: { layers: [784, 16, 16] }, says: /the output layer must have 10 neurons/ }
  ]

  for (const { words, ipc, says } of cases) {
    it(`train ${words.join(' ')}: the same refusal from the terminal and from the window`, async () => {
      const db = join(tempFolder(), 'cli.db')
      const fromCli = cli('train', ...words, '--db', db)
      const fromIpc = await throughIpc(ipc)
      expect(fromIpc).toMatch(says)
      expect(fromCli.code).toBe(2)
      expect(fromCli.stderr).toBe(`digitscope: ${fromIpc}\n`)
      expect(existsSync(db)).toBe(false)
    })
  }

  it('the CLI sends the number written, not what JavaScript reads into other notations', () => {
    const subsetOf = (word: string) => (trainingRequest(parse(['train', '--subset', word]).values).arg as { subset: unknown }).subset
    expect([subsetOf('1e300'), subsetOf('100000'), subsetOf('0x10'), subsetOf('12'), subsetOf(' ')]).toEqual([1e300, 100_000, '0x10', 12, ' '])
  })
})
