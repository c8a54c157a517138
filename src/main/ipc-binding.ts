import { ipcMain, type IpcMainInvokeEvent } from 'electron'
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
        return { ok: false, error: { code: 'untrusted-sender', message: `Refused ${channel} from an untrusted frame.` } }
      }
      return dispatch(channel, arg)
    })
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel))
}
