import { app, BrowserWindow, dialog, nativeTheme, screen } from 'electron'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol'
import { installMenu } from './app-menu'
import { hardenWebContents } from './hardening'
import { appUrlCheck, trustedSender } from './security-policy'
import { bindIpc } from './ipc-binding'
import { builtPaths, createMainWindow } from './main-window'
import { placeWindow } from './window-bounds'
import { builtWorkers, openServices, type Services } from './services/services'
import { DEFAULT_MODEL_FILE } from './services/default-model'
import { DATABASE_FILE, userDataFolder } from './services/paths'
import { DigitscopeError } from './services/errors/errors'
import { setAsideDatabase } from './services/set-aside'
import { readPreferences } from './services/preferences'
import { MAIN_MESSAGES } from '../shared/i18n/main-messages'
import { languageOf, THEME_BACKGROUNDS, themeOf, type Preferences } from '../shared/settings/preferences'
const outDir = join(import.meta.dirname, '..')
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined

registerAppScheme()
app.setName('Digitscope')
app.setPath('userData', userDataFolder())
app.enableSandbox()

const isAppUrl = appUrlCheck(APP_ORIGIN, devUrl)

/**
 * In development the Node build of better-sqlite3 does not load in Electron: `npm start` builds one that
 * does into out/native, or DIGITSCOPE_ELECTRON_SQLITE names one. Packaged apps carry their own.
 */
function sqliteBinding(): string | undefined {
  if (app.isPackaged) return undefined
  if (process.env.DIGITSCOPE_ELECTRON_SQLITE) return process.env.DIGITSCOPE_ELECTRON_SQLITE
  const file = join(app.getAppPath(), 'out', 'native', 'better_sqlite3.node')
  return existsSync(file) ? file : undefined
}

/** DIGITSCOPE_MNIST_DIR, else the compressed copy the build makes (the one the installed app ships), else the package's. */
function mnistFolder(): string | undefined {
  if (process.env.DIGITSCOPE_MNIST_DIR) return process.env.DIGITSCOPE_MNIST_DIR
  const built = join(outDir, 'mnist')
  return existsSync(built) ? built : undefined
}

/** DIGITSCOPE_DB, else the database in Electron's user-data folder (which the CLI computes the same way). */
function databaseFile(): string {
  return process.env.DIGITSCOPE_DB || join(app.getPath('userData'), DATABASE_FILE)
}

/** The bundled pretrained model; DIGITSCOPE_DEFAULT_MODEL names another file, or "none" for none. */
function defaultModelFile(): string | undefined {
  const chosen = process.env.DIGITSCOPE_DEFAULT_MODEL
  if (chosen === 'none') return undefined
  return chosen || join(app.getAppPath(), 'resources', DEFAULT_MODEL_FILE)
}

/**
 * A damaged Digitscope database: say so, and offer to keep it aside as a backup and start with a fresh
 * one. Another program's file, or a newer Digitscope's, is never moved: say so and quit. Never deletes
 * anything; returns undefined when the app should quit.
 */
function recoverDatabase(error: unknown, open: () => Services): Services | undefined {
  const m = MAIN_MESSAGES[languageOf('system', app.getPreferredSystemLanguages())]
  const code = error instanceof DigitscopeError ? error.code : undefined
  if (code === 'foreign-database') {
    dialog.showErrorBox(m.cannotStart, `${m.detail((error as Error).message)}\n\n${m.foreignDatabase}`)
    return undefined
  }
  if (code !== 'database') {
    dialog.showErrorBox(m.cannotStart, m.detail((error as Error).message))
    return undefined
  }
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: m.databaseUnusableTitle,
    message: m.databaseUnusable,
    detail: `${m.detail((error as Error).message)}\n\n${m.databaseOffer}`,
    buttons: [m.keepAside, m.quit],
    defaultId: 0,
    cancelId: 1
  })
  if (choice !== 0) return undefined
  try {
    const backup = setAsideDatabase(databaseFile())
    const fresh = open()
    void dialog.showMessageBox({ type: 'info', message: m.startedFresh, detail: m.oldKeptAt(backup) })
    return fresh
  } catch (retry) {
    dialog.showErrorBox(m.cannotStart, m.detail((retry as Error).message))
    return undefined
  }
}

let services: Services | undefined

const menuLanguage = (preferences: Preferences) => languageOf(preferences.language, app.getPreferredSystemLanguages())
let mainWindow: BrowserWindow | undefined

function start(): void {
  const paths = builtPaths(outDir)
  serveRenderer(paths.renderer)
  hardenWebContents(isAppUrl)
  const open = () =>
    openServices({
      databaseFile: databaseFile(),
      mnistFolder: mnistFolder(),
      nativeBinding: sqliteBinding(),
      defaultModel: defaultModelFile(),
      ...builtWorkers(outDir),
      version: app.getVersion(),
      emit: (event, payload) => {
        if (event === 'preferences:changed') installMenu(() => services, () => mainWindow, menuLanguage(payload as Preferences))
        mainWindow?.webContents.send(event, payload)
      },
      log: (error) => console.error(error)
    })
  try {
    services = open()
  } catch (error) {
    services = recoverDatabase(error, open)
    if (!services) {
      app.exit(1)
      return
    }
  }
  bindIpc(services.dispatch, trustedSender(() => mainWindow?.webContents, isAppUrl))
  installMenu(() => services, () => mainWindow, menuLanguage(readPreferences(services.store.settings)))
  const openWindow = () => {
    const store = services!.store
    mainWindow = createMainWindow({
      url: devUrl ?? `${APP_ORIGIN}/index.html`,
      preload: paths.preload,
      icon: join(app.getAppPath(), 'resources', 'icon.png'),
      backgroundColor: THEME_BACKGROUNDS[themeOf(readPreferences(store.settings).theme, { highContrast: nativeTheme.shouldUseHighContrastColors, dark: nativeTheme.shouldUseDarkColors })],
      place: placeWindow(store.settings.get('window.place'), screen.getAllDisplays().map((display) => display.workArea), screen.getPrimaryDisplay().workArea),
      onClose: (place) => store.settings.set('window.place', place)
    })
    mainWindow.on('closed', () => (mainWindow = undefined))
  }
  openWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.whenReady().then(start, (error: unknown) => {
    console.error(error)
    app.exit(1)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // A run still training is ended and marked interrupted; its finished epochs are already stored.
  let closing = false
  app.on('will-quit', (event) => {
    if (!services || closing) return
    closing = true
    event.preventDefault()
    void services.close().finally(() => app.quit())
  })
}
