#!/usr/bin/env node
// `npm start` (build, then run the app), `npm run dev` (the app with hot reload), `npm run dist`
// (installers) and `npm run electron:setup` (only fetch and build what the others need: the CI workflows
// run it before the Electron end-to-end tests). Electron's binary comes first: since Electron 42 npm install does not fetch it, and
// electron-vite never does (electron-vite#904), so without this step every fresh clone ends in
// "Electron uninstall". Any extra arguments go to electron-vite or electron-builder.
import { spawnSync } from 'node:child_process'
import { delimiter, join } from 'node:path'
import { ELECTRON_VERSION, ensureElectron, ensureElectronSqlite, ROOT, SetupError } from './electron-setup.mjs'

const [command, ...extra] = process.argv.slice(2)
const PATH = [join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter)

/** Runs a project binary in the foreground; its failure is the script's. */
function run(bin, args, env = {}) {
  const result = spawnSync(bin, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, PATH, ...env }, shell: process.platform === 'win32' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

try {
  if (!['start', 'dev', 'dist', 'setup'].includes(command)) throw new SetupError('usage: node scripts/electron-app.mjs start|dev|dist|setup [arguments for electron-vite or electron-builder]')
  const electron = ensureElectron(process.env, console.log, command === 'dist' ? 'be packaged' : 'start')
  if (command === 'setup') {
    console.log(`Electron ${ELECTRON_VERSION}: ${electron.executable}`)
    console.log(`better-sqlite3 for Electron: ${ensureElectronSqlite()}`)
  } else if (command === 'dist') {
    run('electron-vite', ['build'])
    // The Electron just checked is the one packaged: electron-builder need not fetch a second copy.
    run('electron-builder', ['--publish', 'never', `-c.electronDist=${electron.distDir}`, `-c.electronVersion=${ELECTRON_VERSION}`, ...extra])
  } else {
    const sqlite = ensureElectronSqlite()
    const env = { ELECTRON_EXEC_PATH: electron.executable, DIGITSCOPE_ELECTRON_SQLITE: sqlite }
    if (command === 'start') {
      run('electron-vite', ['build'])
      run('electron-vite', ['preview', '--skipBuild', ...extra], env)
    } else run('electron-vite', ['dev', ...extra], env)
  }
} catch (error) {
  if (!(error instanceof SetupError)) throw error
  console.error(error.message)
  process.exit(1)
}
