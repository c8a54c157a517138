import { expect, test } from './harness/fixtures'
import { TrainPage } from './pages/train-page'
import { DIGIT_PATHS, DrawPage } from './pages/draw-page'
import { VersionsPage } from './pages/versions-page'

test('the form checks what is typed, field by field, before anything is sent', async ({ app }) => {
  const train = new TrainPage(app)
  await app.ready()
  await train.open()
  await expect(train.trainButton()).toBeEnabled()

  await train.field('eta').fill('-1')
  await expect(train.fieldError('eta')).toHaveText('η must be greater than 0')
  await expect(train.trainButton()).toBeDisabled()
  await train.field('eta').fill('fast')
  await expect(train.fieldError('eta')).toHaveText('η must be a number')
  await train.field('eta').fill('0.5')
  await expect(train.fieldError('eta')).toHaveCount(0)

  await train.layers().fill('784, 2000, 10')
  await expect(train.fieldError('layers')).toHaveText('every layer size must be at most 1024')
  await train.layers().fill('784, 32, 10')
  await train.field('batchSize').fill('0')
  await expect(train.fieldError('batchSize')).toHaveText('batch size must be at least 1')
  await train.field('batchSize').fill('10')

  await train.preset('Modern').click()
  await train.select('cost').selectOption('quadratic')
  await expect(train.fieldError('cost')).toHaveText('a softmax output goes with the cross-entropy cost')
  await train.select('cost').selectOption('cross-entropy')
  await expect(train.trainButton()).toBeEnabled()
  expect(app.consoleErrors).toEqual([])
})

test('a run trains in the background: progress moves, charts grow, every epoch lands in Versions; a cancelled run keeps its epochs', async ({ app }) => {
  const train = new TrainPage(app)
  await app.ready()
  await train.open()
  // Let the page record its long tasks: main-thread work over 50 ms.
  await app.page.evaluate(`
    window.longTasks = []
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push(e.duration))).observe({ type: 'longtask' })
  `)

  await train.start({ name: 'e2e short run', epochs: 3, subset: 6000 })
  await expect.poll(() => train.progressPercent(), { timeout: 30_000 }).toBeGreaterThan(0)
  await expect.poll(() => train.chartPoints('accuracy'), { timeout: 30_000 }).toBeGreaterThanOrEqual(1)
  // While it trains the window answers: views switch and come back at once.
  await app.openByKeyboard('Draw')
  await app.openByKeyboard('Train')
  await train.waitForStatus('completed')
  expect(await train.chartPoints('accuracy')).toBe(3)
  expect(await train.chartPoints('cost')).toBe(3)
  await expect(app.page.getByTestId('run-status')).toContainText(/Finished · test accuracy \d+\.\d\d%/)

  await app.openByKeyboard('Versions')
  const versions = new VersionsPage(app)
  await expect(await versions.epochs('e2e short run')).toHaveCount(3)

  // A second, long run: cancelled after its first epoch, which stays.
  await train.open()
  // Long enough never to finish first: the kernels train 20 000 images in about 30 ms.
  await train.start({ name: 'e2e cancelled run', epochs: 1000, subset: 20000 })
  // One run at a time: a second start says so.
  await train.trainButton().click()
  await expect(train.panel().getByRole('alert')).toContainText('A training run is already going: “e2e cancelled run”')
  await expect.poll(() => train.chartPoints('accuracy'), { timeout: 30_000 }).toBeGreaterThanOrEqual(1)

  // While it trains, drawing still works: every stroke updates the answer at once.
  const draw = new DrawPage(app)
  await app.openByKeyboard('Draw')
  await draw.draw(DIGIT_PATHS.one)
  await expect(draw.prediction()).toHaveCount(1)
  const before = await draw.outputBars().getAttribute('data-values')
  await draw.clear()
  await draw.draw(DIGIT_PATHS.zero)
  await expect(draw.outputBars()).not.toHaveAttribute('data-values', before ?? '')
  await expect(train.panel()).toHaveCount(0) // still on Draw: the run goes on in the background
  await train.open()
  await expect(train.panel()).toHaveAttribute('data-status', 'running')
  await train.button('Pause').click()
  await train.waitForStatus('paused')
  await train.button('Resume').click()
  await train.waitForStatus('running')
  await train.button('Cancel').click()
  await train.waitForStatus('cancelled')
  const kept = await train.chartPoints('accuracy')
  expect(kept).toBeGreaterThanOrEqual(1)
  await app.openByKeyboard('Versions')
  await expect.poll(() => versions.epochCount('e2e cancelled run')).toBe(kept)
  await expect(versions.run('e2e cancelled run')).toContainText(`${kept} epoch${kept === 1 ? '' : 's'}`)
  await expect(versions.run('e2e cancelled run')).toContainText('(cancelled)')

  const longest = (await app.page.evaluate('Math.max(0, ...window.longTasks)')) as number
  test.info().annotations.push({ type: 'longest main-thread task during training (ms)', description: String(Math.round(longest)) })
  console.log(`longest main-thread task while training: ${Math.round(longest)} ms`)
  expect(app.consoleErrors).toEqual([])
})
