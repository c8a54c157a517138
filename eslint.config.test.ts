import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** Lints a made-up file at a real path in the tree, so the folder rules of eslint.config.js apply. */
async function lint(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: import.meta.dirname })
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`)
}

describe('lint enforces the layering of design.md', () => {
  it('fails when src/shared imports node:fs or uses a Node or DOM global', async () => {
    const messages = await lint('src/shared/nn/probe.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n")
    expect(messages).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/shared is pure/)])
    expect(await lint('src/shared/nn/probe.ts', 'export const w = window.innerWidth\n')).toEqual([
      expect.stringMatching(/^no-restricted-globals: .*may not use window/)
    ])
  })

  it('fails when the renderer imports electron, a Node module or src/main', async () => {
    expect(await lint('src/renderer/src/probe.ts', "import { ipcRenderer } from 'electron'\nexport const r = ipcRenderer\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*only through window\.api/)
    ])
    expect(await lint('src/renderer/src/probe.ts', "import { join } from 'path'\nexport const j = join\n")).toHaveLength(1)
    expect(
      await lint('src/renderer/src/probe.ts', "import { ModelStore } from '../../main/services/model-store'\nexport const m = ModelStore\n")
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

  it('lets src/shared import from src/shared', async () => {
    expect(await lint('src/shared/nn/probe.ts', "import { isChannel } from '../ipc/channels'\nexport const c = isChannel\n")).toEqual([])
  })
})
