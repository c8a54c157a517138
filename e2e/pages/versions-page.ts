import { expect, type Locator, type Page } from '@playwright/test'
import type { AppPage } from './app-page'

/** The Versions view: runs and their versions, import/export, and the comparison. */
export class VersionsPage {
  readonly page: Page

  constructor(readonly app: AppPage) {
    this.page = app.page
  }

  async open(): Promise<void> {
    await this.app.openByKeyboard('Versions')
  }

  run(name: string): Locator {
    return this.page.locator(`tbody[data-run="${name}"]`)
  }

  versionRows(runName: string): Locator {
    return this.run(runName).locator('tr:not(.run)')
  }

  async choose(versionId: number): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Compare version ${versionId}` }).check()
  }

  async versionIds(runName: string): Promise<number[]> {
    const labels = await this.run(runName).getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('aria-label') ?? ''))
    return labels.map((label) => Number(/(\d+)$/.exec(label)?.[1]))
  }

  async compare(): Promise<Locator> {
    await this.page.getByTestId('compare-button').click()
    const comparison = this.page.getByTestId('comparison')
    await expect(comparison).toBeVisible()
    return comparison
  }

  async importFile(path: string): Promise<void> {
    await this.page.locator('input[type="file"]').setInputFiles(path)
  }
}
