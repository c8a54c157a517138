// What the app needs before it can run, and nothing else does (the CLI and the tests run on plain Node):
// Electron's binary, and better-sqlite3 built for Electron's ABI. Each is fetched or built once; where that
// cannot happen, the user gets one paragraph saying what failed, where from, and how to fix it.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
export const ROOT = join(import.meta.dirname, '..')
const electronDir = dirname(require.resolve('electron/package.json'))
export const ELECTRON_VERSION = require('electron/package.json').version
const WITHOUT_ELECTRON = 'The command line (npm run cli -- --help) and the tests (npm test) work without it.'

const ELECTRON_ABI = readFileSync(join(electronDir, 'abi_version'), 'utf8').trim()

/** Whether a native addon registers itself for Electron's Node ABI (a Node build says 127 on Node 22, 137 on Node 24). */
export function isForElectron(addon, abi = ELECTRON_ABI) {
  return existsSync(addon) && readFileSync(addon).includes(`node_register_module_v${abi}\0`)
}

/** A failure the user can act on: its message is the whole explanation. */
export class SetupError extends Error {}

/** Where Electron's own package keeps the executable, per platform (as its install.js names it). */
function executableName(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  return platform === 'win32' ? 'electron.exe' : 'electron'
}

/** The executable Electron's own entry would run, if it is there: ELECTRON_OVERRIDE_DIST_PATH, else the package's dist/. */
export function installedElectron(env = process.env, packageDir = electronDir) {
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist')
  const executable = join(distDir, relative ?? executableName())
  return { executable, distDir, exists: existsSync(executable) }
}

function downloadUrl(env) {
  const mirror = env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/download/'
  const folder = env.ELECTRON_CUSTOM_DIR?.replace('{{ version }}', ELECTRON_VERSION) ?? `v${ELECTRON_VERSION}`
  return `${mirror}${folder}/electron-v${ELECTRON_VERSION}-${process.platform}-${process.arch}.zip`
}

/** The last line a failed command printed that says something. */
function lastWords(result) {
  const text = `${result.stderr ?? ''}\n${result.stdout ?? ''}`
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('at '))
  return (
    lines.find((line) => /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|\b40[34]\b/.test(line)) ??
    lines.find((line) => /error|fail/i.test(line)) ??
    lines.at(-1) ??
    `exit code ${result.status}`
  )
}

/**
 * Electron's binary, fetched by Electron's own `install-electron` when it is missing (idempotent: it
 * returns at once when the binary is there). electron-vite only reads path.txt and never fetches it.
 * `what` is what cannot happen without it, for the message: "start", or "be packaged" for `npm run dist`.
 */
export function ensureElectron(env = process.env, log = console.log, what = 'start') {
  const found = installedElectron(env)
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    if (found.exists) return found
    throw new SetupError(
      `Digitscope cannot ${what}: ELECTRON_OVERRIDE_DIST_PATH is set to ${env.ELECTRON_OVERRIDE_DIST_PATH}, but there is no Electron executable at ${found.executable}. Point it at the folder of an Electron ${ELECTRON_VERSION} (the one that holds ${executableName()}), or unset it to have Electron fetched. ${WITHOUT_ELECTRON}`
    )
  }
  if (found.exists) return found
  log(`Fetching Electron ${ELECTRON_VERSION} (about 100 MB, once)…`)
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { env, encoding: 'utf8', timeout: 15 * 60_000 })
  const after = installedElectron(env)
  if (result.status === 0 && after.exists) return after
  throw new SetupError(
    `Digitscope cannot ${what}: Electron ${ELECTRON_VERSION}'s binary is not installed (npm install no longer fetches it), and fetching it failed: ${lastWords(result)}. It comes once from ${downloadUrl(env)}. To fix it, allow this machine to reach that address and run the command again; or set ELECTRON_MIRROR to a mirror of Electron's releases; or set ELECTRON_OVERRIDE_DIST_PATH to the folder of an Electron ${ELECTRON_VERSION} you already have. ${WITHOUT_ELECTRON}`
  )
}

/**
 * better-sqlite3 built for Electron's ABI (the copy npm install built for Node cannot load in Electron):
 * DIGITSCOPE_ELECTRON_SQLITE names one, or it is built once into out/native (a prebuilt binary from
 * better-sqlite3's releases, else from source against Electron's headers, from
 * DIGITSCOPE_ELECTRON_HEADERS_URL where a mirror is needed) and reused.
 */
export function ensureElectronSqlite(env = process.env, log = console.log) {
  if (env.DIGITSCOPE_ELECTRON_SQLITE) {
    const given = env.DIGITSCOPE_ELECTRON_SQLITE
    const why = !existsSync(given) ? 'which does not exist' : !isForElectron(given) ? `which is not built for Electron ${ELECTRON_VERSION} (Node ABI ${ELECTRON_ABI})` : undefined
    if (!why) return given
    throw new SetupError(`Digitscope cannot start: DIGITSCOPE_ELECTRON_SQLITE is set to ${given}, ${why}. Point it at a better_sqlite3.node built for Electron ${ELECTRON_VERSION}, or unset it to have one built. ${WITHOUT_ELECTRON}`)
  }
  const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'))
  const outDir = join(ROOT, 'out', 'native')
  const addon = join(outDir, 'better_sqlite3.node')
  const stamp = join(outDir, 'built-for')
  const wanted = `electron ${ELECTRON_VERSION} ${process.platform}-${process.arch} better-sqlite3 ${require('better-sqlite3/package.json').version}`
  if (existsSync(addon) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted && isForElectron(addon)) return addon

  log(`Building the database addon (better-sqlite3) for Electron ${ELECTRON_VERSION}, once…`)
  const work = mkdtempSync(join(tmpdir(), 'digitscope-native-'))
  const headersUrl = env.DIGITSCOPE_ELECTRON_HEADERS_URL || 'https://electronjs.org/headers'
  const common = ['--runtime=electron', `--target=${ELECTRON_VERSION}`, `--arch=${process.arch}`]
  // npm's own nodedir setting (Node's headers) would quietly build for Node's ABI instead of Electron's.
  const buildEnv = Object.fromEntries(Object.entries(env).filter(([name]) => !/^npm_config_nodedir$/i.test(name)))
  const run = (args) => spawnSync(process.execPath, args, { cwd: work, env: buildEnv, encoding: 'utf8', timeout: 10 * 60_000 })
  try {
    cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.startsWith(join(sqliteDir, 'build')) })
    const built = join(work, 'build', 'Release', 'better_sqlite3.node')
    const prebuilt = run([require.resolve('prebuild-install/bin.js'), ...common, `--platform=${process.platform}`])
    if (prebuilt.status !== 0 || !isForElectron(built)) {
      const source = run([require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', ...common, `--dist-url=${headersUrl}`])
      if (source.status !== 0 || !isForElectron(built)) {
        throw new SetupError(
          `Digitscope cannot start: its database addon (better-sqlite3) must be built once for Electron ${ELECTRON_VERSION}, since the copy npm install built for Node cannot load in Electron, and both ways failed. A prebuilt binary from better-sqlite3's releases (github.com/WiseLibs/better-sqlite3/releases) could not be fetched: ${lastWords(prebuilt)}. Building it from source needs Electron's headers from ${headersUrl} and a C++ toolchain: ${lastWords(source)}. To fix it, allow this machine to reach those addresses and run the command again, or set DIGITSCOPE_ELECTRON_SQLITE to a better_sqlite3.node built for Electron ${ELECTRON_VERSION} (npx @electron/rebuild makes one). ${WITHOUT_ELECTRON}`
        )
      }
    }
    mkdirSync(outDir, { recursive: true })
    cpSync(built, addon)
    writeFileSync(stamp, wanted)
    return addon
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
