import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { isChannel, isEventName } from '../shared/ipc/channels'
import type { DigitscopeApi } from '../shared/ipc/window-api'

/** Exactly the contract, nothing more: no raw ipcRenderer, no Node. */
const api: DigitscopeApi = {
  invoke(channel, ...args) {
    if (!isChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `Unknown channel ${String(channel)}.` } })
    }
    return ipcRenderer.invoke(channel, args[0])
  },
  on(event, listener) {
    if (!isEventName(event)) throw new Error(`Unknown event ${String(event)}.`)
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never)
    ipcRenderer.on(event, forward)
    return () => ipcRenderer.removeListener(event, forward)
  }
}

contextBridge.exposeInMainWorld('api', api)
