import { chromium, type Browser, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EventMap, EventName } from '../../src/shared/ipc/contract'
import { DEFAULT_MODEL_FILE } from '../../src/main/services/default-model'
import { openServices, type Services } from '../../src/main/services/services'
import { CHROMIUM_ARGS, chromiumPath } from './binaries'
import { serveFolder } from './static-server'
import { collectConsoleErrors } from '../pages/app-page'

export const ROOT = join(import.meta.dirname, '..', '..')
const RENDERER = join(ROOT, 'out', 'renderer')
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version

export interface RendererHarness {
  page: Page
  services: Services
  consoleErrors: string[]
  close(): Promise<void>
}

/**
 * Stands in for the preload inside the page: the same `window.api` shape, carried by a Playwright
 * binding to the real services in this process. Plain JavaScript text, because a transpiled function
 * would carry helpers (esbuild's `__name`) that do not exist in the page.
 */
const INSTALL_WINDOW_API = `(() => {
  const listeners = new Map()
  window.__digitscopeEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload))
  window.api = Object.freeze({
    invoke: (channel, arg) => window.__digitscopeInvoke(channel, arg),
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event).add(listener)
      return () => listeners.get(event).delete(listener)
    }
  })
})()`

export async function launchRendererHarness(options: {
  databaseFile: string
  /** Import the bundled pretrained model on this first start, as the app does. */
  defaultModel?: boolean
  mnistFolder?: string
  /** The browser's language, as the OS would set it (the app follows it until the user picks one). */
  locale?: string
  viewport?: { width: number; height: number }
  browser?: Browser
}): Promise<RendererHarness> {
  const browser = options.browser ?? (await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }))
  const server = await serveFolder(RENDERER)
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 840 }, locale: options.locale ?? 'en-GB' })
  const page = await context.newPage()
  const consoleErrors = collectConsoleErrors(page)
  const emit = <E extends EventName>(event: E, payload: EventMap[E]) => {
    page.evaluate(`window.__digitscopeEmit(${JSON.stringify(event)}, ${JSON.stringify(payload)})`).catch(() => {})
  }
  const services = openServices({
    databaseFile: options.databaseFile,
    mnistFolder: options.mnistFolder,
    version: VERSION,
    emit,
    defaultModel: options.defaultModel ? join(ROOT, 'resources', DEFAULT_MODEL_FILE) : undefined
  })
  await page.exposeBinding('__digitscopeInvoke', (_source, channel: unknown, arg: unknown) => services.dispatch(channel, arg))
  await page.addInitScript(INSTALL_WINDOW_API)
  await page.goto(server.url)
  return {
    page,
    services,
    consoleErrors,
    async close() {
      await context.close()
      if (!options.browser) await browser.close()
      await services.close()
      await server.close()
    }
  }
}
