import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
// @ts-expect-error — a plain .mjs script with no declarations; its shape is asserted below.
import { scan } from './security-scan.mjs'

interface Finding {
  issue: string
  file: string
}
interface ScanResult {
  findings: Finding[]
  unparsed: { file: string; message: string }[]
  scanned: string[]
}

const allow = { skippedChecks: [{ check: 'AvailableSecurityFixesGlobalCheck' }], acknowledged: [] }
const tree = mkdtempSync(join(tmpdir(), 'digitscope-scan-test-'))
afterAll(() => rmSync(tree, { recursive: true, force: true }))

/** A build laid out like out/, whose renderer is written the way Svelte 5 compiles runes: private class fields. */
function build(rendererCode: string): string {
  mkdirSync(join(tree, 'main'), { recursive: true })
  mkdirSync(join(tree, 'renderer', 'assets'), { recursive: true })
  writeFileSync(join(tree, 'main', 'index.js'), `import { app } from 'electron'\napp.whenReady()\n`)
  writeFileSync(join(tree, 'renderer', 'index.html'), '<!doctype html><script type="module" src="./assets/index.js"></script>')
  writeFileSync(join(tree, 'renderer', 'assets', 'index.js'), rendererCode)
  return tree
}

describe('the security scan (Electronegativity)', () => {
  it('parses a renderer made of private class fields and finds what it calls, with no network', async () => {
    const renderer = [
      'class Links { #url = $state("https://example.org"); get url() { return this.#url } }',
      'const links = new Links()',
      'export function open(shell) { shell.openExternal(links.url) }',
      'await Promise.resolve()'
    ].join('\n')
    const result = (await scan(build(renderer), allow)) as ScanResult
    expect(result.unparsed).toEqual([])
    expect(result.scanned).toContain('renderer/assets/index.js')
    expect(result.findings).toContainEqual(expect.objectContaining({ issue: 'OPEN_EXTERNAL_JS_CHECK', file: 'renderer/assets/index.js' }))
  })

  it('reports a renderer file it cannot parse instead of passing over it', async () => {
    const result = (await scan(build('export const broken = {'), allow)) as ScanResult
    expect(result.unparsed.map((error) => error.file)).toContain('renderer/assets/index.js')
  })
})
