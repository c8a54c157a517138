import { describe, expect, it, vi } from 'vitest'
import { CHANNELS, EVENTS } from '../shared/ipc/channels'
import type { DigitscopeApi } from '../shared/ipc/window-api'
import { double, ipcRenderer } from '../main/test-doubles/electron'

vi.mock('electron', () => import('../main/test-doubles/electron'))

/** The preload, run against the recorded electron double: what it puts in the page. */
async function exposed(): Promise<DigitscopeApi> {
  double.reset()
  vi.resetModules()
  await import('./index')
  const calls = double.callsOf('contextBridge', 'exposeInMainWorld')
  expect(calls).toHaveLength(1)
  expect(calls[0][0]).toBe('api')
  return calls[0][1] as DigitscopeApi
}

describe('the preload', () => {
  it('exposes exactly invoke and on: no ipcRenderer, no Node', async () => {
    const api = await exposed()
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on'])
  })

  it('sends a contract channel with its one argument, and answers anything else itself without IPC', async () => {
    const api = await exposed()
    // A page that passes extra arguments sends only the first one.
    const invokeLoosely = api.invoke as (channel: string, ...args: unknown[]) => Promise<unknown>
    for (const channel of CHANNELS) await invokeLoosely(channel, { x: 1 }, 'smuggled')
    expect(double.callsOf('ipcRenderer', 'invoke')).toEqual(CHANNELS.map((channel) => [channel, { x: 1 }]))
    const answer = await api.invoke('fs:read' as never, '/etc/passwd' as never)
    expect(answer).toEqual({ ok: false, error: { code: 'unknown-channel', message: 'Unknown channel fs:read.' } })
    expect(double.callsOf('ipcRenderer', 'invoke')).toHaveLength(CHANNELS.length)
  })

  it('passes an event’s payload to the page without Electron’s event object, and unsubscribes', async () => {
    const api = await exposed()
    for (const event of EVENTS) {
      const received: unknown[][] = []
      const stop = api.on(event, (...args: unknown[]) => received.push(args))
      ipcRenderer.emit(event, { sender: 'the renderer must not see this' }, { payload: event })
      stop()
      ipcRenderer.emit(event, {}, { payload: 'after unsubscribing' })
      expect(received, event).toEqual([[{ payload: event }]])
    }
    expect(() => api.on('anything:else' as never, () => {})).toThrow('Unknown event anything:else.')
  })
})
