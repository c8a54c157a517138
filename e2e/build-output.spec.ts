import { expect, test } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './harness/renderer-harness'

const out = (...parts: string[]) => join(ROOT, 'out', ...parts)

test('the build emits main, a sandbox-safe preload and the renderer with a strict CSP', () => {
  expect(existsSync(out('main', 'index.js'))).toBe(true)

  // A sandboxed preload is one CommonJS file that may require nothing but electron.
  const preload = readFileSync(out('preload', 'index.cjs'), 'utf8')
  const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1])
  expect(new Set(required)).toEqual(new Set(['electron']))
  expect(preload).not.toMatch(/^\s*import\s/m)
  expect(preload).toContain('exposeInMainWorld')

  const html = readFileSync(out('renderer', 'index.html'), 'utf8')
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
  expect(csp).toContain("default-src 'none'")
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/)
})

test('the built training worker (what the packaged app runs) trains and stores a run', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { openServices } = await import('../src/main/services/services')
  const { PRESETS } = await import('../src/shared/training/presets')
  const folder = mkdtempSync(join(tmpdir(), 'digitscope-built-worker-'))
  const services = openServices({ databaseFile: join(folder, 'd.db'), version: 'test', workerScript: out('worker', 'training-worker.cjs') })
  try {
    const outcome = await services.trainer.start({ config: { ...PRESETS.classic.config, epochs: 1 }, name: 'built', preset: 'classic', subset: 2000 }).done
    expect(outcome).toMatchObject({ status: 'completed', error: null })
    expect(services.store.versions.list()).toHaveLength(1)
  } finally {
    await services.close()
    rmSync(folder, { recursive: true, force: true })
  }
})
