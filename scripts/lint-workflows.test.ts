import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
// @ts-expect-error — a plain .mjs script with no declarations; its shape is asserted below.
import { lintWorkflows } from './lint-workflows.mjs'

interface Problem {
  file: string
  line: number
  message: string
  kind: string
}

const dir = mkdtempSync(join(tmpdir(), 'digitscope-workflows-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the workflow lint (actionlint)', () => {
  it("passes the project's own workflows", async () => {
    const { files, problems } = (await lintWorkflows(join(import.meta.dirname, '..', '.github', 'workflows'))) as { files: string[]; problems: Problem[] }
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']))
    expect(problems).toEqual([])
  })

  it('finds what GitHub would reject: an unknown runner key, a bad expression, an undefined matrix value', async () => {
    const ci = readFileSync(join(import.meta.dirname, '..', '.github', 'workflows', 'ci.yml'), 'utf8')
    const broken = ci.replace('runs-on:', 'runs_on:').replace('${{ matrix.os }}', '${{ matrix.system }}')
    writeFileSync(join(dir, 'ci.yml'), broken + '\n      - run: echo ${{ github.evnt_name }}\n')
    const { problems } = (await lintWorkflows(dir)) as { problems: Problem[] }
    const kinds = problems.map((p) => p.kind)
    expect(kinds).toContain('syntax-check')
    expect(kinds).toContain('expression')
  })
})
