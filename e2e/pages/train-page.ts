import { expect, type Locator } from '@playwright/test'
import type { AppPage } from './app-page'
import { ViewPage } from './view-page'

type NumberField = 'eta' | 'etaDecay' | 'batchSize' | 'epochs' | 'momentum' | 'l2' | 'seed' | 'subset'

/** The Train view: the new-run form and the panel that follows the run. */
export class TrainPage extends ViewPage {
  constructor(app: AppPage) {
    super(app, 'Train')
  }


  preset(name: 'Classic' | 'Modern' | 'Wide'): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name}`) })
  }

  field(key: NumberField): Locator {
    return this.page.locator(`input[data-field="${key}"]`)
  }

  select(key: 'hiddenActivation' | 'outputActivation' | 'cost' | 'init'): Locator {
    return this.page.locator(`select[data-field="${key}"]`)
  }

  fieldError(key: string): Locator {
    return this.page.locator(`#error-${key}.error`)
  }

  layers(): Locator {
    return this.page.getByLabel('Neurons per layer')
  }

  runName(): Locator {
    return this.page.getByLabel('Run name')
  }

  trainButton(): Locator {
    return this.page.getByRole('button', { name: 'Start training', exact: true })
  }

  /** Fills the form for a short run and starts it. */
  async start(options: { name: string; epochs: number; subset: number }): Promise<void> {
    await this.runName().fill(options.name)
    await this.field('epochs').fill(String(options.epochs))
    await this.field('subset').fill(String(options.subset))
    await this.trainButton().click()
    await expect(this.panel()).toHaveAttribute('data-status', /starting|running/)
  }

  panel(): Locator {
    return this.page.getByTestId('run-panel')
  }

  progressPercent(): Promise<number> {
    return this.page.getByTestId('run-progress').getAttribute('aria-valuenow').then(Number)
  }

  chartPoints(which: 'cost' | 'accuracy'): Promise<number> {
    return this.page.getByTestId(`chart-${which}`).getAttribute('data-points').then(Number)
  }

  async waitForStatus(status: string, timeout = 60_000): Promise<void> {
    await expect(this.panel()).toHaveAttribute('data-status', status, { timeout })
  }

  button(name: 'Pause' | 'Resume' | 'Cancel'): Locator {
    return this.panel().getByRole('button', { name })
  }
}
