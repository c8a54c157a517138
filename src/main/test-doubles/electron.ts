// A recorded test double of the `electron` module: the parts our main process uses, no more. The real
// Electron binary cannot run on our machines, so the shell's own wiring (src/main/index.ts and the
// modules it calls) runs against this instead: every call is recorded, and `double` lets a test fire
// `ready`, fetch through the registered protocol handler, invoke IPC as any frame, read the menu and
// answer dialogs. Vitest maps `electron` here (electron-shell.test.ts); the packaged main bundle gets it
// through a module hook (electron-hook.mjs, registered by run-built-main.ts).
import { EventEmitter } from 'node:events'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

export interface Call {
  api: string
  method: string
  args: unknown[]
}

type Handler = (event: unknown, arg: unknown) => unknown
type ProtocolHandler = (request: Request) => Response | Promise<Response>
type MenuTemplate = Array<Record<string, unknown>>
type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void
type PermissionCheck = (contents: unknown, permission: string) => boolean

/**
 * Kept on globalThis: a test that re-imports the main process (vi.resetModules) gets a fresh copy of this
 * module, which must drive the same state and the same `app` as the test holds.
 */
const GLOBAL = Symbol.for('digitscope.electron-double')
const globals = globalThis as unknown as Record<symbol, { state: typeof initialState; app: AppDouble; ipcRenderer?: IpcRendererDouble } | undefined>

const initialState = {
  calls: [] as Call[],
  paths: new Map<string, string>(),
  appPath: process.cwd(),
  isPackaged: false,
  languages: ['en-GB'],
  ready: undefined as undefined | (() => void),
  readyPromise: undefined as undefined | Promise<void>,
  ipc: new Map<string, Handler>(),
  protocols: new Map<string, ProtocolHandler>(),
  privilegedSchemes: [] as unknown[],
  menu: undefined as MenuTemplate | undefined,
  messageBoxAnswers: [] as number[],
  openDialogFiles: [] as string[],
  singleInstanceLock: true,
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1040 }],
  exitCode: undefined as number | undefined,
  quitting: false,
  windows: [] as BrowserWindow[],
  permissionRequest: undefined as PermissionRequest | undefined,
  permissionCheck: undefined as PermissionCheck | undefined
}

const state: typeof initialState = (globals[GLOBAL] ??= { state: initialState, app: undefined as unknown as AppDouble }).state

function record(api: string, method: string, args: unknown[]): void {
  state.calls.push({ api, method, args })
}

class WebContents extends EventEmitter {
  readonly sent: Array<{ channel: string; payload: unknown }> = []
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  send(channel: string, payload: unknown): void {
    record('webContents', 'send', [channel, payload])
    this.sent.push({ channel, payload })
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    record('webContents', 'setWindowOpenHandler', [])
    this.windowOpenHandler = handler
  }
}

class AppDouble extends EventEmitter {
  get isPackaged(): boolean {
    return state.isPackaged
  }
  setName(name: string): void {
    record('app', 'setName', [name])
  }
  setPath(name: string, path: string): void {
    record('app', 'setPath', [name, path])
    state.paths.set(name, path)
  }
  getPath(name: string): string {
    const path = state.paths.get(name)
    if (!path) throw new Error(`electron double: no path "${name}" was set`)
    return path
  }
  getAppPath(): string {
    return state.appPath
  }
  getVersion(): string {
    return '0.0.0-double'
  }
  getPreferredSystemLanguages(): string[] {
    return state.languages
  }
  enableSandbox(): void {
    record('app', 'enableSandbox', [])
  }
  requestSingleInstanceLock(): boolean {
    record('app', 'requestSingleInstanceLock', [])
    return state.singleInstanceLock
  }
  whenReady(): Promise<void> {
    state.readyPromise ??= new Promise<void>((resolve) => (state.ready = resolve))
    return state.readyPromise
  }
  quit(): void {
    record('app', 'quit', [])
    if (state.quitting) return
    state.quitting = true
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    this.emit('will-quit', event)
    if (!event.defaultPrevented) state.exitCode ??= 0
    else state.quitting = false
  }
  exit(code = 0): void {
    record('app', 'exit', [code])
    state.exitCode = code
  }
}

export const app: AppDouble = (globals[GLOBAL]!.app ??= new AppDouble())

export class BrowserWindow extends EventEmitter {
  static getAllWindows(): BrowserWindow[] {
    return state.windows.filter((window) => !window.destroyed)
  }
  readonly webContents = new WebContents()
  url: string | undefined
  destroyed = false
  constructor(readonly options: Record<string, unknown>) {
    super()
    record('BrowserWindow', 'constructor', [options])
    const { x = 0, y = 0, width = 800, height = 600 } = options as Record<string, number>
    this.bounds = { x, y, width, height }
    state.windows.push(this)
    app.emit('web-contents-created', {}, this.webContents)
  }
  async loadURL(url: string): Promise<void> {
    record('BrowserWindow', 'loadURL', [url])
    this.url = url
  }
  bounds = { x: 0, y: 0, width: 0, height: 0 }
  maximized = false
  show(): void {
    record('BrowserWindow', 'show', [])
  }
  maximize(): void {
    record('BrowserWindow', 'maximize', [])
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds }
  }
  isMinimized(): boolean {
    return false
  }
  restore(): void {}
  focus(): void {}
  close(): void {
    this.emit('close', { preventDefault: () => {} })
    this.destroyed = true
    this.emit('closed')
  }
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    record('protocol', 'registerSchemesAsPrivileged', [schemes])
    state.privilegedSchemes.push(...schemes)
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    record('protocol', 'handle', [scheme])
    state.protocols.set(scheme, handler)
  }
}

/** Electron's net.fetch, for the file: URLs the protocol handler forwards to. */
export const net = {
  async fetch(url: string): Promise<Response> {
    record('net', 'fetch', [url])
    const body = await readFile(fileURLToPath(url))
    const type = url.endsWith('.html') ? 'text/html' : url.endsWith('.js') ? 'text/javascript' : 'application/octet-stream'
    return new Response(body, { status: 200, headers: { 'Content-Type': type } })
  }
}

export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    if (state.ipc.has(channel)) throw new Error(`electron double: a second handler for ${channel}`)
    state.ipc.set(channel, handler)
  },
  removeHandler(channel: string): void {
    state.ipc.delete(channel)
  }
}

export const Menu = {
  buildFromTemplate(template: MenuTemplate): MenuTemplate {
    return template
  },
  setApplicationMenu(menu: MenuTemplate): void {
    record('Menu', 'setApplicationMenu', [])
    state.menu = menu
  }
}

export const dialog = {
  showErrorBox(title: string, content: string): void {
    record('dialog', 'showErrorBox', [title, content])
  },
  showMessageBoxSync(options: Record<string, unknown>): number {
    record('dialog', 'showMessageBoxSync', [options])
    return state.messageBoxAnswers.shift() ?? (options.cancelId as number | undefined) ?? 0
  },
  async showMessageBox(options: Record<string, unknown>): Promise<{ response: number }> {
    record('dialog', 'showMessageBox', [options])
    return { response: 0 }
  },
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    record('dialog', 'showOpenDialog', args)
    const filePaths = state.openDialogFiles.splice(0)
    return { canceled: filePaths.length === 0, filePaths }
  }
}

/** The OS's colour scheme: dark, as a test may change. */
export const nativeTheme = { shouldUseDarkColors: true, shouldUseHighContrastColors: false }

/** Screens: the work areas a test sets (defaults: one 1920×1080 screen with a 40 px taskbar). */
export const screen = {
  getAllDisplays: () => state.workAreas.map((workArea) => ({ workArea })),
  getPrimaryDisplay: () => ({ workArea: state.workAreas[0] })
}

/** The preload's side: what it exposes, and the IPC it sends and listens to. */
export const contextBridge = {
  exposeInMainWorld(key: string, value: unknown): void {
    record('contextBridge', 'exposeInMainWorld', [key, value])
  }
}

class IpcRendererDouble extends EventEmitter {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    record('ipcRenderer', 'invoke', [channel, ...args])
    return { ok: true, value: null }
  }
}

export const ipcRenderer: IpcRendererDouble = (globals[GLOBAL]!.ipcRenderer ??= new IpcRendererDouble())

export const shell = {
  async openExternal(url: string): Promise<void> {
    record('shell', 'openExternal', [url])
  }
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: PermissionRequest): void {
      record('session', 'setPermissionRequestHandler', [])
      state.permissionRequest = handler
    },
    setPermissionCheckHandler(handler: PermissionCheck): void {
      record('session', 'setPermissionCheckHandler', [])
      state.permissionCheck = handler
    }
  }
}

interface DoubleOptions {
  /** The app's folder (app.asar when packaged). */
  appPath?: string
  isPackaged?: boolean
  /** What app.getPreferredSystemLanguages() answers. */
  languages?: string[]
  /** The buttons showMessageBoxSync answers with, in turn (then the cancel button). */
  messageBoxAnswers?: number[]
  /** The files the next open dialog answers with. */
  openDialogFiles?: string[]
  /** false: another instance already runs. */
  singleInstanceLock?: boolean
  /** Each screen's work area, the primary first. */
  workAreas?: Array<{ x: number; y: number; width: number; height: number }>
}

/** What a test drives the double with. */
export const double = {
  /** Starts afresh, as a new process would; `appPath` stands for the app's folder (app.asar when packaged). */
  reset(options: DoubleOptions = {}): void {
    app.removeAllListeners()
    ipcRenderer.removeAllListeners()
    Object.assign(state, {
      calls: [],
      paths: new Map(),
      appPath: options.appPath ?? process.cwd(),
      isPackaged: options.isPackaged ?? false,
      languages: options.languages ?? ['en-GB'],
      ready: undefined,
      readyPromise: undefined,
      ipc: new Map(),
      protocols: new Map(),
      privilegedSchemes: [],
      menu: undefined,
      messageBoxAnswers: options.messageBoxAnswers ?? [],
      openDialogFiles: options.openDialogFiles ?? [],
      singleInstanceLock: options.singleInstanceLock ?? true,
      workAreas: options.workAreas ?? [{ x: 0, y: 0, width: 1920, height: 1040 }],
      exitCode: undefined,
      quitting: false,
      windows: [],
      permissionRequest: undefined,
      permissionCheck: undefined
    })
  },
  /** Fires `ready` and waits until the code that awaited it has run. */
  async fireReady(): Promise<void> {
    void app.whenReady()
    state.ready?.()
    await new Promise((resolve) => setTimeout(resolve, 0))
  },
  get calls(): readonly Call[] {
    return state.calls
  },
  callsOf(api: string, method: string): unknown[][] {
    return state.calls.filter((call) => call.api === api && call.method === method).map((call) => call.args)
  },
  get exitCode(): number | undefined {
    return state.exitCode
  },
  get windows(): readonly BrowserWindow[] {
    return state.windows
  },
  get privilegedSchemes(): readonly unknown[] {
    return state.privilegedSchemes
  },
  get channels(): string[] {
    return [...state.ipc.keys()]
  },
  get menu(): MenuTemplate | undefined {
    return state.menu
  },
  /** Asks the permission handlers the app installed, as Chromium would. */
  permission(permission: string): { requested: boolean | undefined; checked: boolean | undefined } {
    let requested: boolean | undefined
    state.permissionRequest?.({}, permission, (granted) => (requested = granted))
    return { requested, checked: state.permissionCheck?.({}, permission) }
  },
  /** A request through the handler registered for the URL's scheme, as Chromium would send it. */
  async fetch(url: string): Promise<Response> {
    const handler = state.protocols.get(url.slice(0, url.indexOf(':')))
    if (!handler) throw new Error(`electron double: no protocol handler for ${url}`)
    return handler({ url } as Request)
  },
  /** An IPC call from the main window's top frame showing `frameUrl`, or from another frame or window. */
  async invoke(channel: string, arg: unknown, from: { frameUrl?: string; subframe?: boolean; otherWindow?: boolean } = {}): Promise<unknown> {
    const handler = state.ipc.get(channel)
    if (!handler) throw new Error(`electron double: nothing handles ${channel}`)
    const main = state.windows.find((window) => !window.destroyed)
    const sender = from.otherWindow ? new WebContents() : main?.webContents
    const senderFrame = { url: from.frameUrl ?? main?.url ?? '', parent: from.subframe ? {} : null }
    return handler({ sender, senderFrame }, arg)
  },
  /** Lets the app's `will-quit` handler run, as closing the last window would. */
  async quit(): Promise<void> {
    app.quit()
    for (let i = 0; i < 100 && state.exitCode === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

export default { app, BrowserWindow, protocol, net, ipcMain, Menu, dialog, shell, session, screen, nativeTheme, contextBridge, ipcRenderer }
