import { chromium } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
]

/**
 * The browser the e2e suite runs in: DIGITSCOPE_CHROMIUM, else Playwright's own Chromium, else a system
 * Chromium or Chrome. `missing` says what was looked for.
 */
export function findBrowser(env = process.env): { path: string; source: string } | { missing: string } {
  if (env.DIGITSCOPE_CHROMIUM) {
    return existsSync(env.DIGITSCOPE_CHROMIUM)
      ? { path: env.DIGITSCOPE_CHROMIUM, source: 'DIGITSCOPE_CHROMIUM' }
      : { missing: `DIGITSCOPE_CHROMIUM names ${env.DIGITSCOPE_CHROMIUM}, which does not exist` }
  }
  const own = chromium.executablePath()
  if (existsSync(own)) return { path: own, source: "Playwright's Chromium" }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path))
  if (system) return { path: system, source: 'the system browser' }
  return { missing: `no Chromium: not Playwright's (${own}), nor one of ${SYSTEM_BROWSERS.slice(0, 5).join(', ')}` }
}

/** The browser found by findBrowser; global setup has made sure there is one. */
export function chromiumPath(): string {
  const found = findBrowser()
  if ('missing' in found) throw new Error(`No browser for the e2e tests: ${found.missing}.`)
  return found.path
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/**
 * The Electron executable, found without `require('electron')`, which would try to download it and
 * fail (or hang) on a machine with no route to Electron's releases.
 */
export function electronBinary(): { path: string } | { missing: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist')
  const binary = relative ? join(dist, relative) : undefined
  if (binary && existsSync(binary)) return { path: binary }
  return { missing: `the Electron binary is not installed (${binary ?? join(packageDir, 'path.txt')} is missing; it downloads on first use where Electron's releases are reachable)` }
}
