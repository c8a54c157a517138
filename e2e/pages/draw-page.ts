import { expect, type Locator } from '@playwright/test'
import type { AppPage } from './app-page'
import { ViewPage } from './view-page'

export type Path = Array<[number, number]>

/** Stroke paths in the pad's 280 × 280 CSS pixels, shaped like MNIST's handwriting. */
export const DIGIT_PATHS: Record<'one' | 'zero' | 'seven', Path[]> = {
  one: [line([148, 48], [132, 232], 18)],
  zero: [ellipse(140, 140, 58, 88, 48)],
  seven: [[...line([78, 62], [206, 58], 10), ...line([206, 58], [118, 236], 16)]]
}

function line([x0, y0]: [number, number], [x1, y1]: [number, number], steps: number): Path {
  return Array.from({ length: steps + 1 }, (_, i) => [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps])
}

function ellipse(cx: number, cy: number, rx: number, ry: number, steps: number): Path {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = -Math.PI / 2 + (2 * Math.PI * i) / steps
    return [cx + rx * Math.cos(t), cy + ry * Math.sin(t)]
  })
}

/** The Draw view: the pad, what the network answers, and the neuron inspector. */
export class DrawPage extends ViewPage {
  constructor(app: AppPage) {
    super(app, 'Draw')
  }

  pad(): Locator {
    return this.page.getByTestId('drawing-pad')
  }

  /** Draws with the real mouse: down, many moves, up — as a person would. */
  async draw(strokes: Path[]): Promise<void> {
    const box = await this.pad().boundingBox()
    if (!box) throw new Error('the drawing pad is not visible')
    for (const stroke of strokes) {
      await this.page.mouse.move(box.x + stroke[0][0], box.y + stroke[0][1])
      await this.page.mouse.down()
      for (const [x, y] of stroke.slice(1)) await this.page.mouse.move(box.x + x, box.y + y, { steps: 2 })
      await this.page.mouse.up()
    }
  }

  /** Clears the pad (the button is disabled, and there is nothing to do, when it is already empty). */
  async clear(): Promise<void> {
    const button = this.page.getByTestId('clear-button')
    if (await button.isEnabled()) await button.click()
  }

  prediction(): Locator {
    return this.page.getByTestId('prediction-digit')
  }

  async expectPrediction(digit: number): Promise<void> {
    await expect(this.prediction()).toHaveText(String(digit))
  }

  outputBars(): Locator {
    return this.page.getByTestId('bars-output')
  }

  neuron(layer: number, index: number): Locator {
    return this.page.locator(`[data-neuron="${layer}-${index}"]`)
  }

  inspector(): Locator {
    return this.page.getByTestId('neuron-inspector')
  }
}
