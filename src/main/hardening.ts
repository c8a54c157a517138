import { app, session, shell } from 'electron'
import { isAllowedExternalLink, permissionGranted } from './security-policy'

/**
 * Applied to every web contents the app ever creates: no navigation away from the app, no new windows
 * (allow-listed links open in the user's browser instead), no <webview>, and every permission request denied.
 */
export function hardenWebContents(isAppUrl: (url: string) => boolean): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionGranted(permission)))
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionGranted(permission))
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalLink(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
}
