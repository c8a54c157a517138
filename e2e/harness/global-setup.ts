import { spawnSync } from 'node:child_process'
import { electronBinary, findBrowser } from './binaries'

/**
 * Before any e2e test: make sure there is a browser (else try to get one, else stop with one line), and
 * say once why the Electron project's tests will all be skipped on this machine.
 */
export default function globalSetup(): void {
  let browser = findBrowser()
  if ('missing' in browser) {
    console.log(`[e2e] ${browser.missing}; fetching Playwright's Chromium…`)
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore', timeout: 10 * 60_000 })
    browser = findBrowser()
  }
  if ('missing' in browser && process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0) {
    console.log("[e2e] Playwright's Chromium could not be fetched; installing Debian's chromium with apt-get…")
    const quiet = { stdio: 'ignore' as const, timeout: 15 * 60_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }
    spawnSync('apt-get', ['update', '-qq'], quiet)
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], quiet)
    browser = findBrowser()
  }
  if ('missing' in browser) {
    console.error(
      `[e2e] No browser for the end-to-end tests, and none could be fetched: install Chromium or Chrome (Debian: apt-get install chromium), run npx playwright install chromium where its downloads are reachable, or set DIGITSCOPE_CHROMIUM to a Chromium executable.`
    )
    process.exit(1)
  }
  console.log(`[e2e] browser: ${browser.path} (${browser.source})`)
  const binary = electronBinary()
  if ('missing' in binary) console.log(`[electron] project skipped: ${binary.missing}.`)
}
