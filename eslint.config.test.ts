import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** Lints a made-up file at a real path in the tree, so the folder rules of eslint.config.js apply. */
async function lint(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: import.meta.dirname })
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`)
}

describe('lint enforces the import table (docs/architecture.md)', () => {
  it('fails when src/shared imports node:fs or uses a Node or DOM global', async () => {
    const messages = await lint('src/shared/network/probe.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n")
    expect(messages).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/shared is pure/)])
    expect(await lint('src/shared/network/probe.ts', 'export const w = window.innerWidth\n')).toEqual([
      expect.stringMatching(/^no-restricted-globals: .*may not use window/)
    ])
  })

  it('fails when the renderer imports electron, a Node module or src/main', async () => {
    expect(await lint('src/renderer/src/probe.ts', "import { ipcRenderer } from 'electron'\nexport const r = ipcRenderer\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*only through window\.api/)
    ])
    expect(await lint('src/renderer/src/probe.ts', "import { join } from 'path'\nexport const j = join\n")).toHaveLength(1)
    expect(
      await lint('src/renderer/src/probe.ts', "import { Store } from '../../main/services/store/store'\nexport const m = Store\n")
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*only through window\.api/)])
  })

  it('fails when a renderer module other than common/api.ts reads window.api', async () => {
    expect(await lint('src/renderer/src/probe.ts', "export const a = window.api.invoke('versions:list')\n")).toEqual([
      expect.stringMatching(/^no-restricted-properties: /)
    ])
    expect(await lint('src/renderer/src/common/api.ts', "export const a = window.api.invoke('versions:list')\n")).toEqual([])
  })

  it('fails when a service imports electron, and lets main import it', async () => {
    const code = "import { app } from 'electron'\nexport const a = app\n"
    expect(await lint('src/main/services/probe.ts', code)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*plain Node/)
    ])
    expect(await lint('src/main/probe.ts', code)).toEqual([])
  })

  it('lets the shell import electron, but no UI code', async () => {
    expect(await lint('src/main/probe.ts', "import { app } from 'electron'\nexport const a = app\n")).toEqual([])
    expect(await lint('src/main/test-doubles/probe.ts', "import { app } from 'electron'\nexport const a = app\n")).toEqual([])
    expect(await lint('src/main/probe.ts', "import { i18n } from '../renderer/src/lib/i18n/i18n.svelte'\nexport const i = i18n\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*only through IPC/)
    ])
    expect(await lint('src/main/probe.ts', "import '../preload/index'\n")).toHaveLength(1)
  })

  it('fails when the CLI or a worker imports electron or UI code', async () => {
    const code = "import { app } from 'electron'\nexport const a = app\n"
    for (const file of ['src/main/cli/probe.ts', 'src/main/cli/probe.test.ts', 'src/main/worker/probe.ts']) {
      expect(await lint(file, code), file).toEqual([expect.stringMatching(/^no-restricted-imports: .*plain Node/)])
    }
    expect(await lint('src/main/worker/probe.ts', "import '../../renderer/src/App.svelte'\n")).toEqual([expect.stringMatching(/^no-restricted-imports: .*UI code/)])
  })

  it('keeps the CLI on the API: no store, trainer or version networks, but openServices and dispatch', async () => {
    for (const module of ['../services/store/store', '../services/trainer', '../services/version-networks', '../services/api']) {
      expect(await lint('src/main/cli/probe.ts', `import * as m from '${module}'\nexport const x = m\n`), module).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*goes through the API/)
      ])
    }
    expect(await lint('src/main/cli/probe.ts', "import { openServices } from '../services/services'\nexport const o = openServices\n")).toEqual([])
    // Its tests may set a database up directly.
    expect(await lint('src/main/cli/probe.test.ts', "import { Store } from '../services/store/store'\nexport const s = Store\n")).toEqual([])
  })

  it('lets the preload import electron, the channel names, and types of src/shared/ipc; nothing else', async () => {
    const allowed = [
      "import { contextBridge } from 'electron'\nexport const c = contextBridge\n",
      "import { isChannel } from '../shared/ipc/channels'\nexport const c = isChannel\n",
      "import type { DigitscopeApi } from '../shared/ipc/window-api'\nexport type A = DigitscopeApi\n"
    ]
    for (const code of allowed) expect(await lint('src/preload/probe.ts', code), code).toEqual([])
    const refused = [
      "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n",
      "import { join } from 'path'\nexport const j = join\n",
      "import * as v from 'valibot'\nexport const x = v\n",
      "import { checkCall } from '../shared/ipc/validate'\nexport const c = checkCall\n",
      "import { LIMITS } from '../shared/training/config'\nexport const l = LIMITS\n",
      "import { bindIpc } from '../main/ipc-binding'\nexport const b = bindIpc\n"
    ]
    for (const code of refused) expect(await lint('src/preload/probe.ts', code), code).toEqual([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*preload/)])
  })

  it('lets src/shared import from src/shared', async () => {
    expect(await lint('src/shared/training/probe.ts', "import { isChannel } from '../ipc/channels'\nexport const c = isChannel\n")).toEqual([])
  })

  it('keeps the reference network to itself: src/shared/network imports nothing else of ours', async () => {
    expect(await lint('src/shared/network/probe.ts', "import { FastNet } from '../training/fast-net'\nexport const f = FastNet\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*imports nothing else of ours/)
    ])
    expect(await lint('src/shared/network/probe.ts', "import { Rng } from './rng'\nexport const r = Rng\n")).toEqual([])
    expect(await lint('src/shared/network/probe.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n")).toHaveLength(1)
  })
})
