import { expect, type Locator } from '@playwright/test'
import type { AppPage } from './app-page'
import { ViewPage } from './view-page'

/**
 * The Versions view: a tree grid of runs (collapsed, each showing its last and best epoch) whose epochs
 * open on demand; import/export, thinning and the comparison. Only the rows in view are in the DOM.
 */
export class VersionsPage extends ViewPage {
  constructor(app: AppPage) {
    super(app, 'Versions')
  }


  tree(): Locator {
    return this.page.getByTestId('versions-table')
  }

  /** A run's own row (its name, settings, last and best epoch, Thin… and Delete). */
  run(name: string): Locator {
    return this.page.locator(`[data-testid="run-row"][data-run="${name.replaceAll('"', '\\"')}"]`)
  }

  /** The rows of a run's epochs, present once the run is expanded. */
  versionRows(runName: string): Locator {
    return this.page.locator(`[data-testid="version-row"][data-run="${runName.replaceAll('"', '\\"')}"]`)
  }

  /** Opens a run (if it is not open yet) and waits for its epochs. */
  async expand(runName: string): Promise<void> {
    const row = this.run(runName)
    await expect(row).toHaveCount(1)
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.getByRole('button', { name: /^Show the|펼치기$/ }).click()
    await expect(row).toHaveAttribute('aria-expanded', 'true')
    await expect(this.versionRows(runName).first()).toBeVisible()
  }

  /** Opens every run in view (runs may share a name: a model imported twice). */
  async expandAll(): Promise<void> {
    const closed = this.page.locator('[data-testid="run-row"][aria-expanded="false"]')
    for (let count = await closed.count(); count > 0; count = await closed.count()) {
      await closed.first().getByRole('button', { name: /^Show the|펼치기$/ }).click()
      await expect(closed).toHaveCount(count - 1)
    }
    await expect(this.tree().locator('[aria-busy="true"]')).toHaveCount(0)
  }

  /** A run's epoch rows, once it is open. */
  async epochs(runName: string): Promise<Locator> {
    await this.expand(runName)
    return this.versionRows(runName)
  }

  /**
   * How many epochs an open run lists, as its rows say (aria-setsize): a long run's rows are not all in
   * the DOM at once.
   */
  async epochCount(runName: string): Promise<number> {
    await this.expand(runName)
    return Number(await this.versionRows(runName).first().getAttribute('aria-setsize'))
  }

  async choose(versionId: number): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Compare version ${versionId}` }).check()
  }

  /** The version ids of a run's epochs, newest first (the run is opened to list them). */
  async versionIds(runName: string): Promise<number[]> {
    const labels = await (await this.epochs(runName)).getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('aria-label') ?? ''))
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

  /** The thin dialog of a run, opened from its row. */
  async openThin(runName: string): Promise<Locator> {
    await this.run(runName).getByRole('button', { name: /^Thin run|에포크 줄이기…$/ }).click()
    const dialog = this.page.getByTestId('thin-dialog')
    await expect(dialog).toBeVisible()
    return dialog
  }

  /** How many rows of the tree are in the DOM now. */
  renderedRows(): Promise<number> {
    return this.tree().locator('[role="row"]').count()
  }
}
