import { _electron as electron, test as base } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppPage } from '../pages/app-page'
import { electronBinary } from './binaries'
import { launchRendererHarness, ROOT } from './renderer-harness'

export type Target = 'renderer' | 'electron'

/** Playwright's own `locale` option stands for the OS language; Electron reads it from these. */
const systemLanguage = (locale: string) => ({ LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8` })

interface Fixtures {
  databaseFile: string
  app: AppPage
}

/**
 * `app` is the same page object over either the built renderer in Chromium bridged to the real
 * services (project "renderer") or the real Electron app (project "electron").
 */
export const test = base.extend<Fixtures & { target: Target; defaultModel: boolean; mnistFolder: string | undefined }>({
  target: ['renderer', { option: true }],
  /** Whether this first start imports the bundled model (the app's default); off where a test needs an empty store. */
  defaultModel: [false, { option: true }],
  /** Another folder of MNIST IDX files (a broken copy, in the fault tests); the installed package's by default. */
  mnistFolder: [undefined, { option: true }],

  databaseFile: async ({}, use) => {
    const folder = mkdtempSync(join(tmpdir(), 'digitscope-e2e-'))
    await use(join(folder, 'digitscope.db'))
    rmSync(folder, { recursive: true, force: true })
  },

  app: async ({ target, databaseFile, defaultModel, mnistFolder, locale }, use, testInfo) => {
    if (target === 'electron') {
      const binary = electronBinary()
      if ('missing' in binary) {
        testInfo.skip(true, `skipped: ${binary.missing}`)
        return
      }
      const app = await electron.launch({
        executablePath: binary.path,
        args: [ROOT],
        env: { ...process.env, DIGITSCOPE_DB: databaseFile, DIGITSCOPE_DEFAULT_MODEL: defaultModel ? '' : 'none', ...(mnistFolder ? { DIGITSCOPE_MNIST_DIR: mnistFolder } : {}), ...systemLanguage(locale ?? 'en-GB') } as Record<string, string>
      })
      const window = await app.firstWindow()
      const page = new AppPage(window, undefined, app)
      await use(page)
      await app.close()
      return
    }
    const harness = await launchRendererHarness({ databaseFile, defaultModel, mnistFolder, locale })
    await use(new AppPage(harness.page, harness.consoleErrors))
    await harness.close()
  }
})

export { expect } from '@playwright/test'
