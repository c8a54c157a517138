import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { MAIN_MESSAGES } from '../shared/i18n/main-messages'
import type { Language } from '../shared/settings/preferences'
import type { Services } from './services/services'

/** The application menu, in the UI's language: File › Import model… besides the standard Edit, View and Window menus. */
export function installMenu(services: () => Services | undefined, window: () => BrowserWindow | undefined, language: Language): void {
  const m = MAIN_MESSAGES[language]
  const importModel = async () => {
    const parent = window()
    const options = {
      title: m.importTitle,
      filters: [{ name: m.modelFilter, extensions: ['json'] }],
      properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>
    }
    const chosen = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
    for (const file of chosen.filePaths) {
      // Through the API, like a file dropped on the window: the same checks and error messages.
      const answer = await services()?.importFile(file)
      if (answer && !answer.ok) dialog.showErrorBox(m.importFailed, m.explain(answer.error))
    }
  }
  const role = (name: keyof typeof m.roles): MenuItemConstructorOptions => ({ role: name, label: m.roles[name] })
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: m.file,
      submenu: [
        { label: m.importModel, accelerator: 'CmdOrCtrl+O', click: () => void importModel() },
        { label: m.exportModel, accelerator: 'CmdOrCtrl+E', click: () => window()?.webContents.send('app:command', { command: 'export-model' }) },
        { label: m.exportOnnx, click: () => window()?.webContents.send('app:command', { command: 'export-onnx' }) },
        { type: 'separator' },
        process.platform === 'darwin' ? role('close') : role('quit')
      ]
    },
    { label: m.edit, submenu: [role('undo'), role('redo'), { type: 'separator' }, role('cut'), role('copy'), role('paste'), role('selectAll')] },
    {
      label: m.view,
      submenu: [
        ...(app.isPackaged ? [] : [role('reload'), role('toggleDevTools'), { type: 'separator' } as const]),
        role('resetZoom'),
        role('zoomIn'),
        role('zoomOut'),
        { type: 'separator' },
        role('togglefullscreen')
      ]
    },
    { label: m.window, submenu: [role('minimize'), role('close')] }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
