import { BrowserWindow } from 'electron'
import { join } from 'node:path'

export interface WindowOptions {
  url: string
  preload: string
  icon: string
}

/** The one app window, with Electron's security checklist applied. */
export function createMainWindow({ url, preload, icon }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Digitscope',
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 640,
    show: false,
    backgroundColor: '#0f1420',
    icon,
    // Written out, not spread from WEB_PREFERENCES, so security scanners see them; the shell test holds them equal.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      preload
    }
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return window
}

export function builtPaths(outDir: string) {
  return {
    preload: join(outDir, 'preload', 'index.cjs'),
    renderer: join(outDir, 'renderer')
  }
}
