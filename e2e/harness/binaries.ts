import { chromium } from '@playwright/test'
import { installedElectron } from '../../scripts/electron-setup.mjs'
import { existsSync } from 'node:fs'

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
 * The Electron executable, found as `npm start` finds it (ELECTRON_OVERRIDE_DIST_PATH, else the package's
 * dist/) without `require('electron')`, which would try to download it and fail or hang here.
 */
export function electronBinary(): { path: string } | { missing: string } {
  const found = installedElectron()
  if (found.exists) return { path: found.executable }
  return { missing: `the Electron binary is not installed (${found.executable} is missing; it downloads on first use where Electron's releases are reachable)` }
}
