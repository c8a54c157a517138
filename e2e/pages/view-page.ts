import type { Page } from '@playwright/test'
import type { AppPage, ViewName } from './app-page'

/** What every view's page object has: the page, and opening the view as a user would, by keyboard. */
export abstract class ViewPage {
  readonly page: Page

  constructor(
    readonly app: AppPage,
    private readonly view: ViewName
  ) {
    this.page = app.page
  }

  async open(): Promise<void> {
    await this.app.openByKeyboard(this.view)
  }
}
