// Runs a built main bundle (out/main/index.js, e.g. as it lies in an unpacked package) under Node against
// the recorded electron double, drives it like a user's first start, and prints what happened as JSON.
// Usage: node --import tsx run-built-main.ts APP_FOLDER CONFIG_HOME
import { existsSync, readFileSync } from 'node:fs'
import { register } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { PRESETS } from '../../shared/training/presets'
import { double } from './electron'

register('./electron-hook.mjs', import.meta.url)

const [appFolder, configHome] = process.argv.slice(2)
process.env.XDG_CONFIG_HOME = configHome
double.reset({ appPath: appFolder, isPackaged: true })
await import(pathToFileURL(join(appFolder, 'out', 'main', 'index.js')).href)
await double.fireReady()

const window = double.windows[0]
const index = window ? await double.fetch(String(window.url)) : undefined
const invoke = (channel: string, arg?: unknown) => double.invoke(channel, arg) as Promise<{ ok: boolean; value?: unknown; error?: unknown }>

// One short training run through IPC: the worker starts from where the package put it.
const config = { ...PRESETS.classic.config, epochs: 1 }
const started = await invoke('training:start', { config, name: 'packaged run', preset: 'classic', subset: 300 })
const sent = () => window?.webContents.sent ?? []
const finished = () => sent().find((event) => event.channel === 'training:state' && !['starting', 'running'].includes((event.payload as { status: string }).status))
for (let i = 0; i < 600 && !finished(); i++) await new Promise((resolve) => setTimeout(resolve, 50))

// A model file imported over IPC: the package's import worker reads it.
const imported = await invoke('versions:import', { bytes: new Uint8Array(readFileSync(join(appFolder, 'resources', 'default-model.digitscope.json'))), fileName: 'again.digitscope.json' })

const report = {
  imported,
  userDataPaths: double.callsOf('app', 'setPath'),
  databaseExists: existsSync(join(configHome, 'Digitscope', 'digitscope.db')),
  info: await invoke('app:get-info'),
  datasets: await invoke('datasets:get-info'),
  runs: await invoke('runs:list', { offset: 0, limit: 50, sort: 'newest' }),
  window: window && { url: window.url, preload: (window.options.webPreferences as { preload: string }).preload },
  preloadExists: window ? existsSync((window.options.webPreferences as { preload: string }).preload) : false,
  index: index && { status: index.status, csp: index.headers.get('Content-Security-Policy'), html: (await index.text()).length },
  training: { started, finished: finished()?.payload, epochs: sent().filter((event) => event.channel === 'training:epoch').length },
  errorBoxes: double.callsOf('dialog', 'showErrorBox')
}
await double.quit()
console.log(JSON.stringify(report))
process.exit(0)
