import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Store } from '../src/main/services/store/store'
import { parseModelFile } from '../src/shared/model/model-file'
import { packParams } from '../src/shared/model/params'
import { PRESETS } from '../src/shared/training/presets'
import { expect, test } from './harness/fixtures'
import { ROOT } from './harness/renderer-harness'
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
  await expect(app.page.getByTestId('inspector-z')).toHaveText(/^[-−]?\d+\.\d{3}$/)
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
  await expect(picker).toHaveValue(name)
  await expect(picker).toHaveAttribute('title', name)
  // Room for the whole name, at the usual window width.
  const room = (await app.page.evaluate(`(() => {
    const field = document.querySelector('[data-testid="version-picker"]')
    const context = document.createElement('canvas').getContext('2d')
    context.font = getComputedStyle(field).font
    return field.clientWidth - context.measureText(field.value).width
  })()`)) as number
  expect(room).toBeGreaterThan(12)
  expect(app.consoleErrors).toEqual([])
})

test('the version picker: runs by their best and last epoch, more epochs on demand, a search, the recently used first, all by keyboard', async ({ app, databaseFile }) => {
  await app.ready()
  // Three more runs of 12 epochs, written as the CLI would (another process).
  const bundled = parseModelFile(readFileSync(join(ROOT, 'resources', 'default-model.digitscope.json'), 'utf8'))
  const params = packParams(bundled.network)
  const cli = Store.open(databaseFile)
  try {
    for (const r of [1, 2, 3]) {
      const runId = cli.runs.create({ name: `picker run ${r}`, preset: 'classic', origin: { kind: 'trained', config: PRESETS.classic.config }, status: 'completed' })
      for (let epoch = 1; epoch <= 12; epoch++) cli.versions.add(runId, { epoch, layers: bundled.network.layers, params, testAccuracy: 0.8 + ((epoch * 7 + r) % 12) / 100 })
    }
  } finally {
    cli.close()
  }
  const picker = app.page.getByTestId('version-picker')
  // The newest version is read with at once: the last epoch of the newest run.
  await expect(picker).toHaveValue(/^#\d+ · picker run 3 · epoch 12 · /)
  const draw = new DrawPage(app)
  await draw.draw(DIGIT_PATHS.one)
  await expect(draw.prediction()).toHaveCount(1)

  await picker.focus()
  await app.page.keyboard.press('ArrowDown')
  await expect(picker).toHaveAttribute('aria-expanded', 'true')
  const options = app.page.getByTestId('version-options')
  await expect(options.getByRole('group').first()).toContainText('Recently used')
  await expect(options.getByRole('group', { name: 'picker run 2' }).getByRole('option')).toHaveText([/epoch \d+ .*best|best/, /epoch 12 .*last/, 'more epochs… (10 more)'])

  // Search: only the matching run (and no recently used) is left.
  await app.page.keyboard.type('run 2')
  await expect(options.getByRole('group')).toHaveCount(1)
  await expect(options.getByRole('group')).toHaveAccessibleName('picker run 2')
  // Down to "more epochs…", Enter: every epoch of the run, newest first.
  for (let i = 0; i < 3; i++) await app.page.keyboard.press('ArrowDown')
  await expect(picker).toHaveAttribute('aria-activedescendant', /^picker-more-/)
  await app.page.keyboard.press('Enter')
  await expect(options.getByRole('option')).toHaveCount(12)
  await expect(options.getByRole('option').first()).toContainText('epoch 12')
  // Epoch 9 is chosen by keyboard; the field shows its whole name, the list closes.
  for (let i = 0; i < 5; i++) await app.page.keyboard.press('ArrowUp')
  await expect(app.page.locator(`#${await picker.getAttribute('aria-activedescendant')}`)).toContainText('epoch 12')
  for (let i = 0; i < 3; i++) await app.page.keyboard.press('ArrowDown')
  await expect(app.page.locator(`#${await picker.getAttribute('aria-activedescendant')}`)).toContainText('epoch 9')
  await app.page.keyboard.press('Enter')
  await expect(picker).toHaveAttribute('aria-expanded', 'false')
  await expect(picker).toHaveValue(/^#\d+ · picker run 2 · epoch 9 · \d+\.\d%$/)
  await expect(picker).toHaveAttribute('title', /picker run 2 · epoch 9/)

  // Reading with it makes it recently used: first in the list when it opens again; Escape closes.
  await draw.draw(DIGIT_PATHS.zero)
  await picker.click()
  await expect(options.getByRole('group').first().getByRole('option').first()).toContainText('picker run 2 · epoch 9')
  await app.page.keyboard.press('Escape')
  await expect(options).toHaveCount(0)
  expect(app.consoleErrors).toEqual([])
})
