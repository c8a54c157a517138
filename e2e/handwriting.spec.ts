import { expect, test } from './harness/fixtures'
import { DIGIT_PATHS, DrawPage } from './pages/draw-page'
import { TrainPage } from './pages/train-page'
import { VersionsPage } from './pages/versions-page'

test.use({ defaultModel: true })

test('my handwriting: save drawings with labels, relabel one, fine-tune the bundled model on them and see its lineage', async ({ app }) => {
  const draw = new DrawPage(app)
  await app.ready()
  for (const [path, label] of [
    [DIGIT_PATHS.one, '1'],
    [DIGIT_PATHS.zero, '0'],
    [DIGIT_PATHS.seven, '7']
  ] as const) {
    await draw.clear()
    await draw.draw(path)
    await app.page.getByLabel('The digit you drew').selectOption(label)
    await app.page.getByRole('button', { name: 'Save to my handwriting' }).click()
    await expect(app.page.getByText(`Saved as a ${label} in your own test set`)).toBeVisible()
  }

  const versions = new VersionsPage(app)
  await versions.open()
  const mine = app.page.getByTestId('my-handwriting')
  await expect(mine).toContainText('3 saved')
  const first = mine.getByRole('combobox').first()
  await first.selectOption('4')
  await expect(first).toHaveValue('4')
  await mine.getByRole('button', { name: /Delete drawing/ }).first().click()
  await expect(mine).toContainText('2 saved')

  await versions.expand("3Blue1Brown's network (bundled)")
  await app.page.getByRole('button', { name: 'Fine-tune version 1 on my handwriting' }).click()
  await expect(app.page.getByRole('status').filter({ hasText: 'Fine-tuning' })).toBeVisible()
  const train = new TrainPage(app)
  await train.open()
  await expect(train.panel()).toContainText("3Blue1Brown's network (bundled) + my handwriting")
  await train.waitForStatus('completed')
  await versions.open()
  await expect(versions.run("3Blue1Brown's network (bundled) + my handwriting").getByTestId('lineage')).toHaveText('fine-tuned from #1')
  await expect(await versions.epochs("3Blue1Brown's network (bundled) + my handwriting")).toHaveCount(3)
  expect(app.consoleErrors).toEqual([])
})
