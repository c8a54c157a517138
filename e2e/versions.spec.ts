import AxeBuilder from '@axe-core/playwright'
import { join } from 'node:path'
import { expect, test } from './harness/fixtures'
import { ROOT } from './harness/renderer-harness'
import { DrawPage } from './pages/draw-page'
import { TrainPage } from './pages/train-page'
import { VersionsPage } from './pages/versions-page'

test('two runs compared: curves, per-digit accuracy, a confusion cell opened in Draw, rename, export and re-import, delete', async ({ app }, testInfo) => {
  const train = new TrainPage(app)
  const versions = new VersionsPage(app)
  await app.ready()

  // Two short runs with different settings.
  await train.open()
  await train.start({ name: 'run classic', epochs: 2, subset: 4000 })
  await train.waitForStatus('completed')
  await train.preset('Modern').click()
  await train.start({ name: 'run modern', epochs: 3, subset: 4000 })
  await train.waitForStatus('completed')

  await versions.open()
  // Runs come collapsed, each with its last and best epoch; opened, they list every epoch.
  await expect(versions.run('run classic')).toHaveAttribute('aria-expanded', 'false')
  await expect(versions.run('run modern')).toContainText(/last: epoch 3, \d+\.\d\d%/)
  await expect(await versions.epochs('run classic')).toHaveCount(2)
  await expect(await versions.epochs('run modern')).toHaveCount(3)
  const [classicLast] = await versions.versionIds('run classic')
  const [modernLast] = await versions.versionIds('run modern')
  await versions.choose(classicLast)
  await versions.choose(modernLast)
  const comparison = await versions.compare()
  await expect(comparison.getByTestId('compare-accuracy')).toHaveAttribute('data-series', '2')
  await expect(comparison.getByTestId('compare-cost')).toHaveAttribute('data-series', '2')
  // Hyperparameters: the differences are marked, and can be shown alone.
  await comparison.getByLabel('Only show differences').check()
  await expect(comparison.getByTestId('compare-params')).toContainText('Hidden activation')
  await expect(comparison.getByTestId('compare-params')).not.toContainText('Seed')
  await expect(comparison.getByTestId('disagreements')).toBeVisible()
  await app.page.screenshot({ path: testInfo.outputPath('comparison.png'), fullPage: true })

  // A confusion cell: its images, one of them opened in the Draw view.
  await comparison.locator('[data-cell="7-7"]').first().click()
  await expect(comparison.getByTestId('cell-images')).toContainText('test images of a 7')
  await comparison.getByTestId('cell-images').getByRole('button').first().click()
  await app.expectView('Draw')
  await expect(app.page.getByTestId('input-caption')).toContainText('labelled 7')

  // Rename a version.
  await versions.open()
  await app.page.getByRole('button', { name: new RegExp(`^#${modernLast}\\b.*rename$`) }).click()
  await app.page.getByLabel(`Name of version ${modernLast}`).fill('the good one')
  await app.page.getByLabel(`Tags of version ${modernLast}, separated by commas`).fill('relu, keeper')
  await app.page.getByLabel(`Notes on version ${modernLast}`).fill('Best so far on 4 000 images.')
  await app.page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(versions.versionRows('run modern').first()).toContainText(`#${modernLast} · the good one`)
  await expect(versions.versionRows('run modern').first()).toContainText('keeper')
  await expect(versions.run('run modern')).toContainText('last: epoch 3')
  await app.page.getByLabel('Filter versions').fill('keeper')
  await expect(versions.run('run classic')).toHaveCount(0)
  await app.page.getByLabel('Filter versions').fill('')

  // Export, import the file back, and compare the two: they disagree on nothing.
  const download = app.page.waitForEvent('download')
  await app.page.getByRole('button', { name: `Export version ${modernLast}`, exact: true }).click()
  const file = testInfo.outputPath('exported.digitscope.json')
  await (await download).saveAs(file)
  await versions.importFile(file)
  await expect(app.page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('exported.digitscope.json is version #')
  const [copy] = await versions.versionIds('the good one')
  await versions.choose(copy)
  await app.page.getByRole('checkbox', { name: `Compare version ${classicLast}` }).uncheck()
  const same = await versions.compare()
  await expect(same).toContainText('Where they disagree — 0 of 10,000 test images')

  // A corrupted file: a clear error, nothing stored. The status bar counts the imported copy first (it
  // hears of new versions within a second): 2 + 3 trained, 1 imported.
  await expect(app.page.getByTestId('status-versions')).toHaveText('6 versions stored')
  const before = await app.page.getByTestId('status-versions').textContent()
  const { writeFileSync, readFileSync } = await import('node:fs')
  const corrupt = testInfo.outputPath('corrupt.digitscope.json')
  writeFileSync(corrupt, readFileSync(file, 'utf8').slice(0, 5000))
  await versions.importFile(corrupt)
  await expect(app.page.getByRole('alert').filter({ hasText: 'corrupt.digitscope.json: not a Digitscope model file' })).toBeVisible()
  await expect(app.page.getByTestId('status-versions')).toHaveText(before ?? '')

  // Delete a run (after confirming): its versions go, the others stay.
  app.page.once('dialog', (dialog) => void dialog.accept())
  await app.page.getByRole('button', { name: 'Delete run run classic' }).click()
  await expect(versions.run('run classic')).toHaveCount(0)
  await expect(versions.versionRows('run modern')).toHaveCount(3)
  expect(app.consoleErrors).toEqual([])
})

test('thinning a run: the dry run says what stays and what it frees, and only confirming deletes', async ({ app }) => {
  const train = new TrainPage(app)
  const versions = new VersionsPage(app)
  await app.ready()
  await train.open()
  await train.start({ name: 'long run', epochs: 7, subset: 2000 })
  await train.waitForStatus('completed')
  await versions.open()
  await expect(app.page.getByTestId('versions-size')).toContainText(/Database: [\d.]+ [kMG]B · 7 versions/)
  await expect(await versions.epochs('long run')).toHaveCount(7)

  // Every 3rd: epochs 1, 3, 6 and 7 (first, every 3rd, last) and the best, whichever it is.
  const dialog = await versions.openThin('long run')
  await dialog.getByTestId('thin-every').fill('3')
  await expect(dialog.getByTestId('thin-preview')).toContainText(/Keeps [45] of 7 epochs: 1, 3, .*6, 7\./)
  await expect(dialog.getByTestId('thin-preview')).toContainText(/Removes [23] epochs, which frees about [\d.]+ kB\./)
  const removes = Number(/Remove (\d) epochs/.exec((await dialog.getByRole('button', { name: /^Remove/ }).textContent()) ?? '')?.[1])
  const axe = await new AxeBuilder({ page: app.page }).include('[data-testid="thin-dialog"]').analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  // Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(versions.versionRows('long run')).toHaveCount(7)

  await (await versions.openThin('long run')).getByTestId('thin-every').fill('3')
  await app.page.getByTestId('thin-dialog').getByRole('button', { name: /^Remove/ }).click()
  await expect(app.page.getByRole('status').filter({ hasText: 'Thinned' })).toContainText(`“long run”: ${removes} epochs removed`)
  await expect(versions.versionRows('long run')).toHaveCount(7 - removes)
  await expect(versions.run('long run')).toContainText(`${7 - removes} epochs`)
  await expect(app.page.getByTestId('status-versions')).toHaveText(`${7 - removes} versions stored`)
  expect(app.consoleErrors).toEqual([])
})

test('the Draw view reads with the newest version until one is chosen in Versions', async ({ app }) => {
  const draw = new DrawPage(app)
  await app.ready()
  const train = new TrainPage(app)
  await train.open()
  await train.start({ name: 'tiny', epochs: 1, subset: 2000 })
  await train.waitForStatus('completed')
  const versions = new VersionsPage(app)
  await versions.open()
  const [id] = await versions.versionIds('tiny')
  // The newest version is the one the Draw view reads with; a newer one (imported) takes its place.
  await expect(app.page.getByRole('button', { name: `In Draw: version ${id}` })).toBeVisible()
  await versions.importFile(join(ROOT, 'resources', 'default-model.digitscope.json'))
  await expect(app.page.getByTestId('status-versions')).toHaveText('2 versions stored')
  await expect(app.page.getByRole('button', { name: `Draw with it: version ${id}` })).toBeVisible()
  // Chosen by hand, it stays.
  await app.page.getByRole('button', { name: `Draw with it: version ${id}` }).click()
  await app.expectView('Draw')
  await expect(app.page.getByTestId('version-picker')).toHaveAttribute('data-version-id', String(id))
  await expect(draw.pad()).toBeVisible()
  await versions.open()
  await versions.importFile(join(ROOT, 'resources', 'default-model.digitscope.json'))
  await expect(app.page.getByTestId('status-versions')).toHaveText('3 versions stored')
  await expect(app.page.getByRole('button', { name: `In Draw: version ${id}` })).toBeVisible()
  expect(app.consoleErrors).toEqual([])
})
