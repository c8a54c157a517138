import { expect, test } from './harness/fixtures'

test.use({ defaultModel: true })

test('a first start imports the bundled pretrained model, so there is a version to draw with at once', async ({ app }) => {
  await app.ready()
  await expect(app.page.getByTestId('version-picker')).toHaveValue("#1 · 3Blue1Brown's network (bundled) · epoch 30 · 93.8%")
  await expect(app.page.getByTestId('prediction')).toContainText('Draw a digit to see what the network thinks.')
  await app.openByKeyboard('Versions')
  await expect(app.versionsTable()).toContainText("3Blue1Brown's network (bundled)")
  await expect(app.versionsTable()).toContainText('784–16–16–10')
  await expect(app.versionsTable()).toContainText(/9[34]\.\d\d%/)
  expect(app.consoleErrors).toEqual([])
})
