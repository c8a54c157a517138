import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { Services } from './services/services'

/** The application menu: File › Import model… besides the standard Edit, View and Window menus. */
export function installMenu(services: () => Services | undefined, window: () => BrowserWindow | undefined): void {
  const importModel = async () => {
    const parent = window()
    const options = {
      title: 'Import a Digitscope model',
      filters: [{ name: 'Digitscope model', extensions: ['json'] }],
      properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>
    }
    const chosen = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
    for (const file of chosen.filePaths) {
      try {
        services()?.models.importFile(file)
        parent?.webContents.send('versions:changed', { at: new Date().toISOString() })
      } catch (error) {
        dialog.showErrorBox('The model could not be imported', (error as Error).message)
      }
    }
  }
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import model…', accelerator: 'CmdOrCtrl+O', click: () => void importModel() },
        { label: 'Export the version in Draw…', accelerator: 'CmdOrCtrl+E', click: () => window()?.webContents.send('app:command', { command: 'export-model' }) },
        { label: 'Export the version in Draw as ONNX…', click: () => window()?.webContents.send('app:command', { command: 'export-onnx' }) },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' }
      ]
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(app.isPackaged ? [] : ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[])),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { role: 'windowMenu' }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
