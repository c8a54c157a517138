import { expect, type ElectronApplication, type Locator, type Page } from '@playwright/test'

export type ViewName = 'Draw' | 'Train' | 'Versions' | 'Lesson'
const VIEW_KEYS: Record<ViewName, string> = { Draw: '1', Train: '2', Versions: '3', Lesson: '4' }

/** The app shell as a user sees it; both Playwright projects drive the app only through this. */
export class AppPage {
  /** Pass the array a harness has been filling since before the page loaded, so start-up errors count too. */
  constructor(
    readonly page: Page,
    readonly consoleErrors: string[] = collectConsoleErrors(page),
    /** The Electron main process, where the real app runs; absent in the renderer harness. */
    readonly electron?: ElectronApplication
  ) {}

  /** By id rather than name, so the same page object works in every language. */
  tab(view: ViewName): Locator {
    return this.page.locator(`[role="tab"]#tab-${view.toLowerCase()}`)
  }

  panel(): Locator {
    return this.page.getByRole('tabpanel')
  }

  async ready(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Digitscope', level: 1 })).toBeVisible()
    await expect(this.page.getByTestId('status-dataset')).toContainText('MNIST')
  }

  /**
   * Before a screenshot: the Korean font comes in Unicode-range subsets, fetched as text needs them, so a
   * glyph first shown a moment ago may still be on its way. Asks for every character on the page, then waits.
   */
  async settleFonts(): Promise<void> {
    // A string, as the node project has no DOM types.
    await this.page.evaluate(`(async () => {
      const font = "1em 'Noto Sans KR Variable'"
      for (let i = 0; i < 40 && !document.fonts.check(font, document.body.innerText); i++) {
        await document.fonts.load(font, document.body.innerText)
        await new Promise((done) => setTimeout(done, 50))
      }
      await document.fonts.ready
    })()`)
    // Then two frames, so what the new glyphs change is laid out and painted before the shot.
    await this.page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))')
  }

  async openByMouse(view: ViewName): Promise<void> {
    await this.tab(view).click()
    await this.expectView(view)
  }

  async openByKeyboard(view: ViewName): Promise<void> {
    await this.page.keyboard.press(`ControlOrMeta+${VIEW_KEYS[view]}`)
    await this.expectView(view)
  }

  async expectView(view: ViewName): Promise<void> {
    await expect(this.tab(view)).toHaveAttribute('aria-selected', 'true')
    await expect(this.panel()).toHaveAttribute('aria-labelledby', `tab-${view.toLowerCase()}`)
  }

  datasetStatus(): Locator {
    return this.page.getByTestId('status-dataset')
  }

  versionsEmptyState(): Locator {
    return this.page.getByTestId('versions-empty')
  }

  versionsTable(): Locator {
    return this.page.getByTestId('versions-table')
  }
}

export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}
