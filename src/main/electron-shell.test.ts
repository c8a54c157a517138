// The Electron shell's own wiring (index.ts, main-window.ts, hardening.ts, app-protocol.ts, ipc-binding.ts,
// app-menu.ts) run for real against a recorded double of `electron` (test-doubles/electron.ts), since the
// Electron binary cannot run here. The `electron` Playwright project covers the real binary where it exists.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../shared/ipc/contract'
import { MAIN_MESSAGES } from '../shared/i18n/main-messages'
import { CONTENT_SECURITY_POLICY } from './security-policy'
import { app as electronApp, double } from './test-doubles/electron'
import { CLASSIC_ORIGIN, sha256, useTempFolder } from './services/test-support'
import { Store } from './services/store/store'

vi.mock('electron', () => import('./test-doubles/electron'))

const ROOT = join(import.meta.dirname, '..', '..')
/** Electron's security checklist for a window that shows only our own pages. */
const SECURE_WEB_PREFERENCES = { contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, experimentalFeatures: false, navigateOnDragDrop: false, disableBlinkFeatures: 'Auxclick' }
const tempFolder = useTempFolder()
const saved = { ...process.env }
let configHome = ''

/** A fresh main process: index.ts evaluated anew against a reset double, with its user-data folder in a temp folder. */
async function startMain(options: Parameters<typeof double.reset>[0] & { env?: Record<string, string> } = {}) {
  double.reset({ appPath: ROOT, ...options })
  Object.assign(process.env, options.env)
  vi.resetModules()
  await import('./index')
  await double.fireReady()
}

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }
const invoke = (channel: string, arg?: unknown, from?: Parameters<typeof double.invoke>[2]) => double.invoke(channel, arg, from) as Promise<Envelope>

beforeEach(() => {
  configHome = tempFolder()
  process.env.XDG_CONFIG_HOME = configHome
  for (const name of ['DIGITSCOPE_DB', 'DIGITSCOPE_DEFAULT_MODEL', 'DIGITSCOPE_MNIST_DIR', 'ELECTRON_RENDERER_URL']) delete process.env[name]
})

afterEach(async () => {
  if (double.exitCode === undefined) await double.quit()
  process.env = { ...saved }
})

describe('start-up', () => {
  it('creates the database under the user-data path, imports the bundled model, finds MNIST and opens one hardened window', async () => {
    await startMain()
    const userData = join(configHome, 'Digitscope')
    expect(double.callsOf('app', 'setPath')).toContainEqual(['userData', userData])
    expect(existsSync(join(userData, 'digitscope.db'))).toBe(true)
    const info = (await invoke('app:get-info')) as { ok: true; value: { databasePath: string } }
    expect(info.value.databasePath).toBe(join(userData, 'digitscope.db'))
    const runs = (await invoke('runs:list', { offset: 0, limit: 50, sort: 'newest' })) as { ok: true; value: { total: number } }
    expect(runs.value.total).toBe(1)
    const datasets = (await invoke('datasets:get-info')) as { ok: true; value: { train: { count: number }; test: { count: number } } }
    expect([datasets.value.train.count, datasets.value.test.count]).toEqual([60_000, 10_000])

    expect(double.callsOf('app', 'enableSandbox')).toHaveLength(1)
    expect(double.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    expect(double.windows).toHaveLength(1)
    const window = double.windows[0]
    expect(window.url).toBe('app://digitscope/index.html')
    expect(window.options.webPreferences).toMatchObject({ ...SECURE_WEB_PREFERENCES, preload: join(ROOT, 'src', 'preload', 'index.cjs') })
    expect(window.options.backgroundColor).toBe('#0f1420') // the dark standard theme, as the double's OS is dark
  })

  it('refuses navigation away from the app, new windows, webviews and every permission', async () => {
    await startMain()
    const contents = double.windows[0].webContents
    const navigate = (event: string, url: string) => {
      let prevented = false
      contents.emit(event, { preventDefault: () => (prevented = true) }, url)
      return prevented
    }
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true)
    expect(navigate('will-redirect', 'file:///etc/passwd')).toBe(true)
    expect(navigate('will-navigate', 'app://digitscope/index.html')).toBe(false)
    let webview = false
    contents.emit('will-attach-webview', { preventDefault: () => (webview = true) })
    expect(webview).toBe(true)
    expect(contents.windowOpenHandler?.({ url: 'https://www.3blue1brown.com/lessons/neural-networks' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(double.callsOf('shell', 'openExternal')).toEqual([['https://www.3blue1brown.com/lessons/neural-networks']])
    for (const permission of ['media', 'notifications', 'geolocation']) expect(double.permission(permission)).toEqual({ requested: false, checked: false })
  })
})

describe('the life of the process', () => {
  it('a second instance hands over to the first and quits', async () => {
    await startMain({ singleInstanceLock: false })
    expect(double.callsOf('app', 'quit')).toHaveLength(1)
    expect(double.windows).toHaveLength(0)
  })

  it('closing the last window quits, and the database is closed with its write-ahead log folded in', async () => {
    await startMain()
    double.windows[0].close()
    electronApp.emit('window-all-closed')
    for (let i = 0; i < 100 && double.exitCode === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(double.exitCode).toBe(0)
    expect(existsSync(join(configHome, 'Digitscope', 'digitscope.db-wal'))).toBe(false)
  })

  it('a database it may not write is named in an error box, and the app quits', async () => {
    const blocker = join(tempFolder(), 'a-file')
    writeFileSync(blocker, '')
    await startMain({ env: { DIGITSCOPE_DB: join(blocker, 'digitscope.db') } })
    const [[title, content]] = double.callsOf('dialog', 'showErrorBox') as Array<[string, string]>
    expect(title).toBe('Digitscope cannot start')
    expect(content).toMatch(/cannot write its database/)
    expect(double.exitCode).toBe(1)
  })
})

describe('the window’s place', () => {
  it('fits the first window to a laptop’s work area, and opens it again where and as it was left', async () => {
    const laptop = { x: 0, y: 0, width: 1366, height: 728 }
    await startMain({ workAreas: [laptop] })
    expect(double.windows[0].options).toMatchObject({ x: 43, y: 0, width: 1280, height: 728, minWidth: 960, minHeight: 640 })
    const window = double.windows[0]
    window.bounds = { x: 10, y: 20, width: 1000, height: 700 }
    window.maximized = true
    window.close()
    await double.quit()

    await startMain({ workAreas: [laptop] })
    expect(double.windows[0].options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 })
    double.windows[0].emit('ready-to-show')
    expect(double.callsOf('BrowserWindow', 'maximize')).toHaveLength(1)
  })
})

describe('the app:// protocol', () => {
  it('serves index.html with the Content-Security-Policy header, the same policy as its meta tag', async () => {
    await startMain()
    const response = await double.fetch('app://digitscope/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    const html = await response.text()
    expect(html).toContain('<div id="app"></div>')
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`)
    expect((await double.fetch('app://digitscope/')).status).toBe(200)
  })

  it.each([
    'app://digitscope/../package.json',
    'app://digitscope/%2e%2e/package.json',
    'app://digitscope/..%2fpackage.json',
    'app://digitscope/..%2F..%2Fpackage.json',
    'app://digitscope/%2E%2E%5Cpackage.json',
    'app://digitscope/index.html%00.png',
    'app://other/index.html',
    'app://digitscope/no-such-file.js'
  ])('answers 404 to %s', async (url) => {
    await startMain()
    const response = await double.fetch(url)
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it.each(['app://digitscope/%E0%A4%A', 'app://digitscope/%', 'app://digitscope/%zz.js'])('answers 400 to the malformed escape in %s, without throwing', async (url) => {
    await startMain()
    expect((await double.fetch(url)).status).toBe(400)
  })
})

describe('IPC', () => {
  it('binds every contract channel; from the main frame each reaches the real services', async () => {
    await startMain()
    expect(double.channels.sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) {
      const answer = await invoke(channel, { surely: 'not valid' })
      // Every channel answers with an envelope from the dispatcher: this argument fits none of them.
      expect(answer, channel).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    }
    const renamed = await invoke('preferences:set', { language: 'ko' })
    expect(renamed).toMatchObject({ ok: true, value: { language: 'ko' } })
  })

  it('refuses every channel from a subframe, another window or another page, and changes nothing', async () => {
    await startMain()
    const file = join(configHome, 'Digitscope', 'digitscope.db')
    const before = sha256(file)
    for (const channel of CHANNELS) {
      for (const from of [{ subframe: true }, { otherWindow: true }, { frameUrl: 'https://evil.example/' }, { frameUrl: 'file:///tmp/x.html' }]) {
        const answer = await invoke(channel, undefined, from)
        expect(answer, `${channel} ${JSON.stringify(from)}`).toEqual({
          ok: false,
          error: { code: 'untrusted-sender', message: `Refused ${channel} from an untrusted frame.` }
        })
      }
    }
    expect(await invoke('preferences:set', { language: 'ko' }, { subframe: true })).toMatchObject({ ok: false })
    expect(sha256(file)).toBe(before)
  })
})

describe('the application menu', () => {
  const labels = (menu: Array<Record<string, unknown>> | undefined) => menu?.map((item) => item.label ?? item.role)
  const fileItems = (menu: Array<Record<string, unknown>> | undefined) =>
    (menu?.find((item) => item.label === MAIN_MESSAGES.en.file || item.label === MAIN_MESSAGES.ko.file)?.submenu as Array<Record<string, unknown>>).map((item) => item.label ?? item.role ?? item.type)

  it('is in English on an English system, and follows the language chosen in the app', async () => {
    await startMain({ languages: ['en-GB'] })
    expect(labels(double.menu)).toEqual(['File', 'Edit', 'View', 'Window'])
    expect(fileItems(double.menu)).toEqual(['Import model…', 'Export the version in Draw…', 'Export the version in Draw as ONNX…', 'separator', 'Quit Digitscope'])
    await invoke('preferences:set', { language: 'ko' })
    expect(labels(double.menu)).toEqual(['파일', '편집', '보기', '창'])
    expect(fileItems(double.menu)).toEqual(['모델 가져오기…', '그리기에서 쓰는 버전 내보내기…', '그리기에서 쓰는 버전을 ONNX로 내보내기…', 'separator', 'Digitscope 끝내기'])
    // Electron's own items too, not only ours: every item of every menu has a Korean label.
    const everyLabel = (double.menu ?? []).flatMap((menu) => (menu.submenu as Array<{ label?: string; type?: string }>).filter((item) => item.type !== 'separator').map((item) => item.label))
    expect(everyLabel.every((label) => label && /[가-힣]/.test(label))).toBe(true)
  })

  it('is in Korean on a Korean system; Export sends the command to the window', async () => {
    await startMain({ languages: ['ko-KR'] })
    expect(labels(double.menu)).toEqual(['파일', '편집', '보기', '창'])
    const file = double.menu?.find((item) => item.label === '파일')?.submenu as Array<{ click?: () => void }>
    file[1].click?.()
    expect(double.windows[0].webContents.sent).toContainEqual({ channel: 'app:command', payload: { command: 'export-model' } })
  })
})

describe('File › Import model…', () => {
  it('imports the chosen model file and tells the window; a bad file gets an error box', async () => {
    const bad = join(tempFolder(), 'bad.digitscope.json')
    writeFileSync(bad, '{"format": "something else"}')
    await startMain({ env: { DIGITSCOPE_DEFAULT_MODEL: 'none' }, openDialogFiles: [join(ROOT, 'resources', 'default-model.digitscope.json'), bad] })
    const file = double.menu?.find((item) => item.label === 'File')?.submenu as Array<{ click?: () => void }>
    file[0].click?.()
    // Each file is read in a worker thread: wait until both have been answered.
    for (let i = 0; i < 200 && double.callsOf('dialog', 'showErrorBox').length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25))
    expect(await invoke('runs:list', { offset: 0, limit: 50, sort: 'newest' })).toMatchObject({ ok: true, value: { runs: [{ last: { epoch: 30 } }] } })
    expect(double.windows[0].webContents.sent.map((sent) => sent.channel)).toContain('versions:changed')
    const [[title]] = double.callsOf('dialog', 'showErrorBox') as Array<[string, string]>
    expect(title).toBe('The model could not be imported')
  })
})

describe('start-up with a database it cannot use', () => {
  /** A Digitscope database whose pages are overwritten in the middle. */
  function damagedDatabase(file: string): void {
    const store = Store.open(file)
    const run = store.runs.create({ name: 'r', origin: CLASSIC_ORIGIN })
    for (let epoch = 1; epoch <= 40; epoch++) store.versions.add(run, { epoch, layers: [784, 10], params: new Uint8Array(4096) })
    store.close()
    const bytes = new Uint8Array(readFileSync(file))
    bytes.fill(0xa5, 8192, 8192 + 16384)
    writeFileSync(file, bytes)
  }

  it('offers to keep a damaged database aside; accepting starts fresh and keeps the old file byte for byte', async () => {
    const file = join(tempFolder(), 'digitscope.db')
    damagedDatabase(file)
    const before = sha256(file)
    await startMain({ env: { DIGITSCOPE_DB: file }, messageBoxAnswers: [0] })
    const [[offer]] = double.callsOf('dialog', 'showMessageBoxSync') as Array<[{ buttons: string[]; defaultId: number }]>
    expect(offer).toMatchObject({ buttons: ['Keep it aside and start fresh', 'Quit'], defaultId: 0 })
    const [[told]] = double.callsOf('dialog', 'showMessageBox') as Array<[{ detail: string }]>
    const backup = told.detail.split('\n')[1]
    expect(sha256(backup)).toBe(before)
    expect(double.windows).toHaveLength(1)
    expect(await invoke('runs:list', { offset: 0, limit: 50, sort: 'newest' })).toMatchObject({ ok: true })
  })

  it('quits when the user declines, leaving the file as it was', async () => {
    const file = join(tempFolder(), 'digitscope.db')
    damagedDatabase(file)
    const before = sha256(file)
    await startMain({ env: { DIGITSCOPE_DB: file }, messageBoxAnswers: [1] })
    expect(double.exitCode).toBe(1)
    expect(double.windows).toHaveLength(0)
    expect(sha256(file)).toBe(before)
  })

  it.each([
    ['another program’s SQLite file', (file: string) => new Database(file).exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (1)')],
    ['a file that is not SQLite', (file: string) => writeFileSync(file, 'my thesis, chapter 1\n'.repeat(100))]
  ])('never offers to move %s: says so and quits, file untouched', async (_kind, make) => {
    const file = join(tempFolder(), 'theirs.db')
    make(file)
    const before = sha256(file)
    await startMain({ env: { DIGITSCOPE_DB: file } })
    expect(double.callsOf('dialog', 'showMessageBoxSync')).toEqual([])
    const [[title, content]] = double.callsOf('dialog', 'showErrorBox') as Array<[string, string]>
    expect(title).toBe('Digitscope cannot start')
    expect(content).toContain('left it untouched')
    expect(double.exitCode).toBe(1)
    expect(sha256(file)).toBe(before)
  })
})
