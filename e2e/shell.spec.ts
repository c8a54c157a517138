import { Store } from '../src/main/services/store/store'
import { PRESETS } from '../src/shared/training/presets'
import { expect, test } from './harness/fixtures'

test('a first start shows MNIST, an empty model store, and views reachable by mouse and keyboard', async ({ app }) => {
  await app.ready()
  await expect(app.datasetStatus()).toHaveText('MNIST · 60,000 training · 10,000 test images')

  await app.openByMouse('Train')
  await expect(app.page.getByTestId('train-count')).toHaveText('60,000')
  await expect(app.page.getByTestId('test-count')).toHaveText('10,000')

  await app.openByMouse('Versions')
  await expect(app.versionsEmptyState()).toContainText('No versions yet')
  await expect(app.versionsEmptyState()).toContainText('Train your first network')

  await app.openByKeyboard('Draw')
  await expect(app.page.getByRole('status').filter({ hasText: 'No trained network yet' })).toBeVisible()
  await expect(app.page.getByTestId('version-picker')).toBeDisabled()
  await app.openByKeyboard('Train')
  await app.openByKeyboard('Versions')

  // The empty state's own button leads to Train.
  await app.versionsEmptyState().getByRole('button', { name: /Go to Train/ }).click()
  await app.expectView('Train')

  // Arrow keys move along the tabs once a tab has focus.
  await app.tab('Train').focus()
  await app.page.keyboard.press('ArrowRight')
  await app.expectView('Versions')
  await expect(app.tab('Versions')).toBeFocused()

  expect(app.consoleErrors).toEqual([])
})

test('browsing MNIST test images shows each as 784 input neurons', async ({ app }) => {
  await app.ready()
  await expect(app.page.getByTestId('browser-range')).toHaveText('1–40 of 10,000')
  await app.page.getByRole('button', { name: 'test image 2, labelled 2' }).click()
  await expect(app.page.getByTestId('input-caption')).toContainText('MNIST test image #2 · labelled 2')
  await app.page.getByRole('button', { name: 'Next page' }).click()
  await expect(app.page.getByTestId('browser-range')).toHaveText('41–80 of 10,000')
  expect(app.consoleErrors).toEqual([])
})

test('a version written by another process (as the CLI does) appears without a restart', async ({ app, databaseFile }) => {
  await app.ready()
  await app.openByKeyboard('Versions')
  await expect(app.versionsEmptyState()).toBeVisible()

  const cli = Store.open(databaseFile)
  try {
    const runId = cli.runs.create({ name: 'from the terminal', preset: 'classic', origin: { kind: 'trained', config: PRESETS.classic.config } })
    cli.versions.add(runId, { epoch: 1, layers: [784, 16, 16, 10], params: new Uint8Array(8), testAccuracy: 0.9123 })
  } finally {
    cli.close()
  }

  await expect(app.versionsTable()).toContainText('from the terminal')
  await expect(app.versionsTable()).toContainText('91.23%')
  await expect(app.page.getByTestId('status-versions')).toHaveText('1 version stored')
  expect(app.consoleErrors).toEqual([])
})
