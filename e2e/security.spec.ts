import { expect, test } from './harness/fixtures'

test('in Electron: the page has no Node, only the frozen two-method window.api of the preload', async ({ app, target }) => {
  test.skip(target !== 'electron', 'needs the Electron binary: in the harness window.api is the test\'s own stand-in (the preload itself is unit-tested in src/preload/preload.test.ts)')
  await app.ready()
  const globals = await app.page.evaluate(`({
    require: typeof window.require,
    process: typeof window.process,
    module: typeof window.module,
    apiKeys: Object.keys(window.api).sort(),
    apiFrozen: Object.isFrozen(window.api)
  })`)
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', apiKeys: ['invoke', 'on'], apiFrozen: true })
})

test('the built page\'s Content-Security-Policy blocks inline and eval\'d script', async ({ app }) => {
  await app.ready()
  // A string timer is compiled by the page itself (Playwright's own evaluate is exempt from CSP's eval rule).
  const blocked = (await app.page.evaluate(`(async () => {
    const violations = []
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective))
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.body.append(script)
    setTimeout('window.__stringTimerRan = true', 0)
    await new Promise((resolve) => setTimeout(resolve, 50))
    return { inlineRan: window.__inlineRan === true, evalRan: window.__stringTimerRan === true, violations }
  })()`)) as { inlineRan: boolean; evalRan: boolean; violations: string[] }
  expect(blocked.inlineRan).toBe(false)
  expect(blocked.evalRan).toBe(false)
  expect(blocked.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src']))
})

test('in Electron: the live window reports the checklist\'s web preferences, and refuses navigation and new windows', async ({ app, target }) => {
  test.skip(target !== 'electron', 'needs the Electron binary: the harness has no BrowserWindow (the window’s preferences are unit-tested in src/main/electron-shell.test.ts)')
  await app.ready()
  const electron = app.electron!
  // getLastWebPreferences is what Electron's own devtools read; it is not in the typings.
  const preferences = await electron.evaluate(({ BrowserWindow }) =>
    (BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences()
  )
  expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webSecurity: true, webviewTag: false })
  expect(app.page.url()).toMatch(/^app:\/\/digitscope\//)

  const before = app.page.url()
  await app.page.evaluate(`window.location.href = 'https://example.com/'`)
  await app.page.waitForTimeout(300)
  expect(app.page.url()).toBe(before)
  expect(await app.page.evaluate(`window.open('https://example.com/') === null`)).toBe(true)
  expect(await electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
})
