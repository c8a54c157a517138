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

test('the main window is created with the security checklist applied', () => {
  const main = readFileSync(out('main', 'index.js'), 'utf8')
  for (const setting of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webviewTag: false']) {
    expect(main, setting).toContain(setting)
  }
  for (const guard of ['setPermissionRequestHandler', 'setWindowOpenHandler', 'will-navigate', 'senderFrame']) {
    expect(main, guard).toContain(guard)
  }
})
