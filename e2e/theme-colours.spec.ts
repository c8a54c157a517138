import { argmax } from '../src/shared/network/argmax'
import { THEMES } from '../src/shared/settings/preferences'
import { expect, test } from './harness/fixtures'
import type { AppPage } from './pages/app-page'
import { DIGIT_PATHS, DrawPage } from './pages/draw-page'
import { barColours, canvasColours, gridLuminances, luminance, pointAtCell } from './pages/figure-colours'
import { LessonPage } from './pages/lesson-page'
import { TrainPage } from './pages/train-page'

test.use({ defaultModel: true })

async function useTheme(app: AppPage, theme: string): Promise<void> {
  await app.page.evaluate(`window.api.invoke('preferences:set', { theme: ${JSON.stringify(theme)} })`)
  await app.page.reload()
  await app.ready()
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', theme)
}

/** The activation the input grid's readout states for the pixel under the pointer ("…: activation 0.73"). */
async function readout(app: AppPage, step: import('@playwright/test').Locator): Promise<number> {
  const text = (await step.getByTestId('pixel-readout').textContent()) ?? ''
  const value = /activation (\d\.\d\d)/.exec(text)?.[1]
  if (!value) throw new Error(`no activation in "${text}"`)
  return Number(value)
}

for (const theme of THEMES) {
  test(`the ${theme} theme draws neurons as the lecture does: lit is bright, as step 2 says (black is 0, white is 1)`, async ({ app }) => {
    test.setTimeout(60_000)
    await app.ready()
    await useTheme(app, theme)

    // Lesson step 2: the input grid of the learner's drawing, read back pixel by pixel.
    const lesson = new LessonPage(app)
    await lesson.open()
    await lesson.goTo(2)
    await expect(lesson.step()).toContainText('0 for black, 1 for white')
    await lesson.draw(DIGIT_PATHS.seven)
    const grid = lesson.step().locator('.grid canvas')
    const canvas = '[data-testid="lesson-step"] .grid canvas'
    const cells = await gridLuminances(app.page, canvas, 8)
    const brightest = argmax(cells)
    const darkest = argmax(cells.map((l) => -l))
    await pointAtCell(grid, brightest)
    const brightestValue = await readout(app, lesson.step())
    await pointAtCell(grid, darkest)
    const darkestValue = await readout(app, lesson.step())
    // The brightest cell holds a 1, the darkest a 0: white is 1, black is 0.
    expect.soft(brightestValue, 'the brightest cell’s activation').toBeGreaterThanOrEqual(0.95)
    expect.soft(darkestValue, 'the darkest cell’s activation').toBe(0)
    // And the other way round: a corner, surely 0, is darker than a cell the readout says is lit.
    await pointAtCell(grid, 0)
    expect.soft(await readout(app, lesson.step())).toBe(0)
    expect.soft(cells[0]).toBeLessThan(cells[brightest])

    // Draw: the network diagram's output neurons, the brightest output drawn brightest.
    const draw = new DrawPage(app)
    await draw.open()
    await draw.draw(DIGIT_PATHS.seven)
    await expect(draw.prediction()).toBeVisible()
    const outputs = ((await draw.outputBars().getAttribute('data-values')) ?? '').split(' ').map(Number)
    expect(outputs).toHaveLength(10)
    const last = (await app.page.locator('[data-neuron]').last().getAttribute('data-neuron'))?.split('-')[0]
    const centres: Array<[number, number]> = []
    for (let j = 0; j < 10; j++) {
      const circle = draw.neuron(Number(last), j)
      centres.push([Number(await circle.getAttribute('cx')), Number(await circle.getAttribute('cy'))])
    }
    const drawn = (await canvasColours(app.page, '.diagram canvas.links', centres)).map(luminance)
    expect.soft(argmax(drawn), `output luminances ${drawn.map((l) => l.toFixed(3)).join(' ')} for activations ${outputs.join(' ')}`).toBe(argmax(outputs))
    // Brightness follows activation all the way: a neuron at ~0 is drawn darker than the answer.
    expect(drawn[argmax(outputs.map((a) => -a))]).toBeLessThan(drawn[argmax(outputs)])
    // The answer card's bars: the answer's bar, the tallest, is the brightest too.
    const bars = (await barColours(app.page, '[data-testid="bars-output"] canvas', 10, 6)).map(luminance)
    expect.soft(argmax(bars), `bar luminances ${bars.map((l) => l.toFixed(3)).join(' ')}`).toBe(argmax(outputs))
    expect(app.consoleErrors).toEqual([])
  })
}

test('the bars say what they show: a 0, 0.5, 1 scale, neuron numbers, ReLU values above 1 marked and counted; the bias slider has tick labels', async ({ app }) => {
  test.setTimeout(120_000)
  await app.ready()
  // The lesson's bars (step 3, revealed) have a value scale and each neuron's number.
  const lesson = new LessonPage(app)
  await lesson.open()
  await lesson.draw(DIGIT_PATHS.seven)
  await lesson.goTo(3)
  await lesson.answer(0)
  const hidden = app.page.getByTestId('lesson-layer-1')
  await expect(hidden.locator('.axis')).toHaveText(/1\s*0\.5\s*0/)
  await expect(hidden.locator('.labels span')).toHaveText(Array.from({ length: 16 }, (_, i) => String(i + 1)))
  // Step 7's bias slider: −40 … 40 under it.
  await lesson.goTo(7)
  await expect(app.page.getByTestId('bias-ticks')).toHaveText(/−40\s*−20\s*0\s*20\s*40/)

  // A ReLU network (Modern) trained briefly: its hidden activations pass 1, and the card says which.
  const train = new TrainPage(app)
  await train.open()
  await train.preset('Modern').click()
  await train.start({ name: 'relu bars', epochs: 1, subset: 3000 })
  await train.waitForStatus('completed', 90_000)
  const draw = new DrawPage(app)
  await draw.open()
  await draw.draw(DIGIT_PATHS.zero)
  await expect(draw.prediction()).toBeVisible()
  let clippedSomewhere = false
  for (const bars of await app.page.locator('[data-testid^="bars-hidden-"]:not([data-testid$="-clipped"])').all()) {
    const values = ((await bars.getAttribute('data-values')) ?? '').split(' ').map(Number)
    const above = values.filter((v) => v > 1)
    const note = bars.locator('.clipped')
    if (above.length === 0) {
      await expect(note).toHaveCount(0)
      continue
    }
    clippedSomewhere = true
    await expect(note).toHaveText(new RegExp(`▲ ${above.length === 1 ? '1 neuron is' : `${above.length} neurons are`} above 1: `))
  }
  expect(clippedSomewhere, 'a ReLU layer with a value above 1').toBe(true)
  expect(app.consoleErrors).toEqual([])
})
