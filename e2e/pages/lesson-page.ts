import { expect, type Locator } from '@playwright/test'
import type { AppPage } from './app-page'
import { DrawPage, type Path } from './draw-page'
import { ViewPage } from './view-page'

/** The Lesson view: the step list, the pad every step reads, and each step's predict-then-reveal question. */
export class LessonPage extends ViewPage {
  private readonly pad: DrawPage

  constructor(app: AppPage) {
    super(app, 'Lesson')
    this.pad = new DrawPage(app)
  }

  draw(strokes: Path[]): Promise<void> {
    return this.pad.draw(strokes)
  }

  stepButton(n: number): Locator {
    return this.page.getByTestId(`lesson-step-${n}`)
  }

  step(): Locator {
    return this.page.getByTestId('lesson-step')
  }

  async goTo(n: number): Promise<void> {
    await this.stepButton(n).click()
    await expect(this.stepButton(n)).toHaveAttribute('aria-current', 'step')
  }

  question(): Locator {
    return this.step().getByTestId('predict')
  }

  choices(): Locator {
    return this.question().locator('.choices button')
  }

  /** Answers with the choice whose text is `text`, or the `index`-th choice. */
  async answer(choice: string | number): Promise<void> {
    const button = typeof choice === 'number' ? this.choices().nth(choice) : this.choices().filter({ hasText: choice }).first()
    await button.click()
    await expect(this.reveal()).toBeVisible()
  }

  verdict(): Locator {
    return this.question().getByTestId('verdict')
  }

  reveal(): Locator {
    return this.question().getByTestId('reveal')
  }

  /** The line naming the version the lesson reads. */
  version(): Locator {
    return this.page.getByTestId('lesson-version')
  }

  versionName(): Locator {
    return this.page.getByTestId('lesson-version-name')
  }

  /** Reads another version in the lesson: the picker opened, the run searched for, its last epoch chosen. */
  async chooseVersion(run: string): Promise<void> {
    await this.page.getByTestId('lesson-version-change').click()
    const picker = this.page.getByTestId('lesson-version-picker')
    await picker.click()
    await picker.fill(run)
    const options = this.page.getByTestId('version-options')
    await options.getByRole('group', { name: run }).getByRole('option').first().click()
    await expect(this.versionName()).toContainText(run)
  }

  /** The Noise experiment beside the pad. */
  noise(): Locator {
    return this.page.getByTestId('noise-trial')
  }

  /** Step 11's second question, on the learner's drawing: its own predict-then-reveal below the training. */
  descentDrawing(): Locator {
    return this.step().getByTestId('descent-drawing')
  }

  /** Asks a channel through window.api, as the renderer does; typed arrays come back as plain lists of numbers. */
  invoke(channel: string, arg?: unknown): Promise<unknown> {
    // Plain JavaScript text: e2e is typed for Node, without the DOM's `window`.
    return this.page.evaluate(`(async () => {
      const answer = await window.api.invoke(${JSON.stringify(channel)}, ${arg === undefined ? 'undefined' : JSON.stringify(arg)})
      return JSON.parse(JSON.stringify(answer, (key, value) => (value instanceof Uint8Array ? Array.from(value) : value)))
    })()`)
  }
}
