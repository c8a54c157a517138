import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { WEB_PREFERENCES } from './security-policy'

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
    webPreferences: { ...WEB_PREFERENCES, preload }
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
