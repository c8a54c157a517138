import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { CHANNELS } from '../shared/ipc/contract'
import type { Dispatch } from './services/api'

/**
 * Binds every contract channel to the dispatcher. A call is answered only when it comes from the main
 * window's top frame showing our own renderer; anything else gets an error envelope and runs nothing.
 */
export function bindIpc(dispatch: Dispatch, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, arg: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'invalid-argument', message: `Refused ${channel} from an untrusted frame.` } }
      }
      return dispatch(channel, arg)
    })
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel))
}

export function trustedSender(contents: () => WebContents | undefined, isAppUrl: (url: string) => boolean) {
  return (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame
    return event.sender === contents() && frame !== null && frame.parent === null && isAppUrl(frame.url)
  }
}
