import { expect, test } from './harness/fixtures'
import { DIGIT_PATHS, DrawPage } from './pages/draw-page'

test.use({ defaultModel: true })

test('drawing on the pad updates the input layer, every layer chart and the answer; a 1 and a 0 are read right', async ({ app }) => {
  const draw = new DrawPage(app)
  await app.ready()
  await expect(app.page.getByTestId('prediction')).toContainText('Draw a digit to see what the network thinks.')
  // An empty pad gives no guess.
  await expect(draw.prediction()).toHaveCount(0)

  await draw.draw(DIGIT_PATHS.one)
  await draw.expectPrediction(1)
  const outputs = await draw.outputBars().getAttribute('data-values')
  expect(outputs?.split(' ')).toHaveLength(10)
  await expect(app.page.getByTestId('bars-hidden-1')).not.toHaveAttribute('data-values', '')
  await expect(app.page.getByTestId('bars-hidden-2')).not.toHaveAttribute('data-values', '')
  await expect(app.page.getByText('It reads a 1')).toBeVisible()

  await draw.clear()
  await expect(draw.prediction()).toHaveCount(0)
  await draw.draw(DIGIT_PATHS.zero)
  await draw.expectPrediction(0)
  expect(await draw.outputBars().getAttribute('data-values')).not.toBe(outputs)

  // Undo takes the last stroke away; with nothing left there is no answer.
  await app.page.keyboard.press('ControlOrMeta+z')
  await expect(draw.prediction()).toHaveCount(0)
  expect(app.consoleErrors).toEqual([])
})

test('the neuron inspector shows a hidden neuron’s weights, bias, z and activation for the drawing', async ({ app }) => {
  const draw = new DrawPage(app)
  await app.ready()
  await draw.draw(DIGIT_PATHS.seven)
  await draw.neuron(1, 4).click()
  await expect(draw.inspector()).toBeVisible()
  await expect(draw.inspector()).toContainText('Hidden layer 1, neuron 5')
  await expect(draw.inspector()).toContainText('the pattern this neuron looks for')
  await expect(app.page.getByTestId('inspector-z')).toHaveText(/^-?\d+\.\d{3}$/)
  await app.page.keyboard.press('Escape')
  await expect(draw.inspector()).toHaveCount(0)
  // The drawing is still there after closing the inspector.
  await expect(draw.prediction()).toHaveCount(1)

  await draw.neuron(3, 7).press('Enter')
  await expect(draw.inspector()).toContainText('Output neuron for the digit 7')
  expect(app.consoleErrors).toEqual([])
})

test('an MNIST test image, and the ones the model gets wrong, load into the network', async ({ app }) => {
  const draw = new DrawPage(app)
  await app.ready()
  await app.page.getByRole('button', { name: 'test image 2, labelled 2' }).click()
  await expect(app.page.getByTestId('input-caption')).toContainText('MNIST test image #2 · labelled 2')
  await draw.expectPrediction(2)
  await app.page.getByLabel(/Only the ones this version gets wrong/).check()
  await expect(app.page.getByTestId('browser-range')).toHaveText(/1–40 of 6\d\d/)
  const first = app.page.getByRole('button', { name: /read as \d/ }).first()
  const label = (await first.getAttribute('aria-label')) ?? ''
  const predicted = /read as (\d)/.exec(label)?.[1]
  await first.click()
  await draw.expectPrediction(Number(predicted))
  expect(app.consoleErrors).toEqual([])
})

test('the pad can be drawn on by keyboard: arrows move a cursor, Space puts the pen down and lifts it', async ({ app }) => {
  await app.ready()
  const draw = new DrawPage(app)
  await draw.pad().focus()
  const cursor = app.page.getByTestId('pad-cursor')
  await expect(cursor).toHaveAttribute('data-pen', 'up')

  // Up to the top of a "1", pen down, straight down, pen up.
  for (let i = 0; i < 6; i++) await app.page.keyboard.press('ArrowUp')
  await app.page.keyboard.press('Space')
  await expect(cursor).toHaveAttribute('data-pen', 'down')
  await expect(app.page.getByTestId('pad-announcement')).toHaveText(/^Pen down, 50% across, 20% down$/)
  for (let i = 0; i < 12; i++) await app.page.keyboard.press('ArrowDown')
  await app.page.keyboard.press('Space')
  await expect(cursor).toHaveAttribute('data-pen', 'up')
  await expect(app.page.getByTestId('pad-announcement')).toHaveText(/^Pen up, 50% across, 80% down$/)
  await draw.expectPrediction(1)

  // Moving with the pen up leaves no ink; Escape clears as it does for the mouse.
  await app.page.keyboard.press('ArrowLeft')
  await draw.expectPrediction(1)
  await app.page.keyboard.press('Escape')
  await expect(draw.prediction()).toHaveCount(0)
  expect(app.consoleErrors).toEqual([])
})

test('the keyboard pen’s ring shows for keyboard focus only, never over mouse ink; the version picker shows the whole name', async ({ app }) => {
  await app.ready()
  const draw = new DrawPage(app)
  const cursor = app.page.getByTestId('pad-cursor')
  await draw.draw(DIGIT_PATHS.seven)
  await expect(draw.pad()).toBeFocused()
  await expect(cursor).toHaveCount(0)
  await app.page.keyboard.press('ArrowUp')
  await expect(cursor).toHaveAttribute('data-pen', 'up')
  await draw.draw(DIGIT_PATHS.one)
  await expect(cursor).toHaveCount(0)

  const picker = app.page.getByTestId('version-picker')
  const name = "#1 · 3Blue1Brown's network (bundled) · epoch 30 · 93.8%"
  await expect(picker.locator('option:checked')).toHaveText(name)
  await expect(picker).toHaveAttribute('title', name)
  // Room for the whole name and the arrow, at the usual window width.
  const room = (await app.page.evaluate(`(() => {
    const select = document.querySelector('[data-testid="version-picker"]')
    const context = document.createElement('canvas').getContext('2d')
    context.font = getComputedStyle(select).font
    return select.clientWidth - context.measureText(select.options[select.selectedIndex].text).width
  })()`)) as number
  expect(room).toBeGreaterThan(24)
  expect(app.consoleErrors).toEqual([])
})
