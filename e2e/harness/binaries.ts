import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** Debian's Chromium unless told otherwise; undefined lets Playwright use its own browser if it has one. */
export function chromiumPath(): string | undefined {
  if (process.env.DIGITSCOPE_CHROMIUM) return process.env.DIGITSCOPE_CHROMIUM
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
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
