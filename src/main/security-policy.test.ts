import { describe, expect, it } from 'vitest'
import { APP_ORIGIN, appUrlCheck, EXTERNAL_LINK_ALLOW_LIST, isAllowedExternalLink, permissionGranted, trustedSender } from './security-policy'

describe('navigation and IPC senders: only the app itself', () => {
  const isApp = appUrlCheck(APP_ORIGIN)
  const isAppInDev = appUrlCheck(APP_ORIGIN, 'http://localhost:5173/')

  it('accepts the app protocol and, in development, the dev server', () => {
    expect(isApp('app://digitscope/index.html')).toBe(true)
    expect(isApp('app://digitscope/assets/index.js?x=1#y')).toBe(true)
    expect(isAppInDev('http://localhost:5173/index.html')).toBe(true)
  })

  it.each([
    'app://digitscope.evil.example/index.html',
    'app://evil/index.html',
    'app://user@digitscope/index.html',
    'file:///etc/passwd',
    'https://digitscope/',
    'http://localhost:5173/',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'not a url'
  ])('refuses %s', (url) => {
    expect(isApp(url)).toBe(false)
  })

  it('refuses another port on the dev host, and the dev server outside development', () => {
    expect(isAppInDev('http://localhost:5174/')).toBe(false)
    expect(isApp('http://localhost:5173/')).toBe(false)
  })
})

describe('openExternal: an allow-list of pages', () => {
  it('opens exactly the listed pages', () => {
    for (const url of EXTERNAL_LINK_ALLOW_LIST) expect(isAllowedExternalLink(url)).toBe(true)
    expect(isAllowedExternalLink('https://www.youtube.com/watch?v=aircAruvnKk#t=60')).toBe(true)
  })

  it.each([
    'https://www.youtube.com/watch?v=something-else',
    'https://www.3blue1brown.com/lessons/neural-networks/../../evil',
    'http://www.3blue1brown.com/lessons/neural-networks',
    'https://www.3blue1brown.com.evil.example/lessons/neural-networks',
    'https://www.3blue1brown.com@evil.example/lessons/neural-networks',
    'https://user:pass@www.3blue1brown.com/lessons/neural-networks',
    'https://www.3blue1brown.com:8443/lessons/neural-networks',
    'file:///C:/Windows/System32/calc.exe',
    'smb://evil.example/share',
    'javascript:alert(1)',
    ''
  ])('drops %s', (url) => {
    expect(isAllowedExternalLink(url)).toBe(false)
  })
})

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'hid', 'serial'])('denies %s', (permission) => {
    expect(permissionGranted(permission)).toBe(false)
  })
})

describe('IPC senders', () => {
  const mainWindow = { id: 'main' }
  const check = trustedSender(() => mainWindow, appUrlCheck(APP_ORIGIN))
  const topFrame = { parent: null, url: 'app://digitscope/index.html' }

  it("answers the main window's top frame showing the app", () => {
    expect(check({ sender: mainWindow, senderFrame: topFrame })).toBe(true)
  })

  it('refuses another window, a subframe, a foreign page, a destroyed frame, and any call before the window exists', () => {
    expect(check({ sender: { id: 'other' }, senderFrame: topFrame })).toBe(false)
    expect(check({ sender: mainWindow, senderFrame: { parent: topFrame, url: 'app://digitscope/index.html' } })).toBe(false)
    expect(check({ sender: mainWindow, senderFrame: { parent: null, url: 'https://evil.example/' } })).toBe(false)
    expect(check({ sender: mainWindow, senderFrame: null })).toBe(false)
    expect(trustedSender(() => undefined, appUrlCheck(APP_ORIGIN))({ sender: undefined, senderFrame: topFrame })).toBe(false)
  })
})
