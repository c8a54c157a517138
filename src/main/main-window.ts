import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { MINIMUM_SIZE, type WindowPlace } from './window-bounds'

interface WindowOptions {
  url: string
  preload: string
  icon: string
  /** The page background of the theme in use, so the window does not flash another colour before it paints. */
  backgroundColor: string
  place: WindowPlace
  /** Told where the window was when it closes, to open there next time. */
  onClose: (place: WindowPlace) => void
}

/** The one app window, with Electron's security checklist applied. */
export function createMainWindow({ url, preload, icon, backgroundColor, place, onClose }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Digitscope',
    x: place.x,
    y: place.y,
    width: place.width,
    height: place.height,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    show: false,
    backgroundColor,
    icon,
    // Electron's security checklist, written out where the window is made so that scanners see it.
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
  window.once('ready-to-show', () => (place.maximized ? window.maximize() : window.show()))
  window.on('close', () => onClose({ ...window.getNormalBounds(), maximized: window.isMaximized() }))
  void window.loadURL(url)
  return window
}

export function builtPaths(outDir: string) {
  return {
    preload: join(outDir, 'preload', 'index.cjs'),
    renderer: join(outDir, 'renderer')
  }
}
