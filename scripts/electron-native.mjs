#!/usr/bin/env node
// Electron embeds its own Node ABI, so the better-sqlite3 addon that `npm install` built for Node (and
// that the tests and the CLI use) cannot load in the app. This builds a second copy for Electron into
// out/native/ once per Electron version; the app's main process loads it via better-sqlite3's
// `nativeBinding` option. Packaged builds do not need it: electron-builder rebuilds the module there.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'))
const outDir = join(process.cwd(), 'out', 'native')
const addon = join(outDir, 'better_sqlite3.node')
const stamp = join(outDir, 'built-for')
const wanted = `electron ${electronVersion} ${process.platform}-${process.arch} better-sqlite3 ${require('better-sqlite3/package.json').version}`

if (existsSync(addon) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) process.exit(0)

console.log(`Building better-sqlite3 for ${wanted} (once)…`)
const work = mkdtempSync(join(tmpdir(), 'digitscope-native-'))
const run = (command, args) => execFileSync(command, args, { cwd: work, stdio: 'inherit' })
try {
  cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.includes(`${join(sqliteDir, 'build')}`) })
  const common = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`]
  try {
    run(process.execPath, [require.resolve('prebuild-install/bin.js'), ...common, `--platform=${process.platform}`])
  } catch {
    const nodeGyp = process.env.npm_config_node_gyp
    if (!nodeGyp) throw new Error('no prebuilt binary could be fetched and node-gyp was not found (run this through npm)')
    run(process.execPath, [nodeGyp, 'rebuild', '--release', ...common, '--dist-url=https://electronjs.org/headers'])
  }
  mkdirSync(outDir, { recursive: true })
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), addon)
  writeFileSync(stamp, wanted)
} catch (error) {
  console.error(`Could not build better-sqlite3 for Electron ${electronVersion}: ${error.message}`)
  console.error('The app needs network access to Electron\'s headers or prebuilt binaries once; tests and the CLI do not.')
  process.exit(1)
} finally {
  rmSync(work, { recursive: true, force: true })
}
