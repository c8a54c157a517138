import { expect, test } from './harness/fixtures'
import { fillStore } from './harness/fill-store'
import { VersionsPage } from './pages/versions-page'

const RUNS = 150
const EPOCHS = 4

/** What has focus, as the tree says it: the run's name, its place among the runs, its level. */
const focused = (page: import('@playwright/test').Page) =>
  page.evaluate(`(() => {
    const el = document.activeElement
    return { run: el?.getAttribute('data-run'), position: Number(el?.getAttribute('aria-posinset')), level: Number(el?.getAttribute('aria-level')), role: el?.getAttribute('role') }
  })()`) as Promise<{ run: string | null; position: number; level: number; role: string | null }>

test('with hundreds of versions the Versions view holds a bounded number of rows, and the keyboard still reaches a run far down the list', async ({ app, databaseFile }) => {
  test.setTimeout(60_000)
  // 150 runs × 4 epochs = 600 versions (tiny weights: only the list is read).
  fillStore(databaseFile, { runs: RUNS, epochs: EPOCHS, realWeights: false })
  await app.page.reload()
  await app.ready()
  await expect(app.page.getByTestId('status-versions')).toHaveText('600 versions stored')

  const versions = new VersionsPage(app)
  await versions.open()
  const tree = versions.tree()
  await expect(versions.run('run 150')).toBeVisible()
  // The grid knows every row (a header and 150 runs) while the DOM holds only those in view.
  await expect(tree).toHaveAttribute('aria-rowcount', String(RUNS + 1))
  expect(await versions.renderedRows()).toBeLessThanOrEqual(40)
  await expect(versions.run('run 150')).toHaveAttribute('aria-setsize', String(RUNS))

  // Into the tree by keyboard: Tab from the filter reaches the first run.
  await app.page.getByLabel('Filter versions').focus()
  for (let i = 0; i < 4 && (await focused(app.page)).role !== 'row'; i++) await app.page.keyboard.press('Tab')
  expect(await focused(app.page)).toMatchObject({ run: 'run 150', position: 1, level: 1, role: 'row' })

  // Page Down, ten runs at a time, far down the list; Enter opens a run, its epochs are level 2.
  for (let i = 0; i < 12; i++) await app.page.keyboard.press('PageDown')
  await expect.poll(() => focused(app.page)).toMatchObject({ run: 'run 30', position: 121 })
  await app.page.keyboard.press('Enter')
  await expect(versions.run('run 30')).toHaveAttribute('aria-expanded', 'true')
  await expect(versions.versionRows('run 30')).toHaveCount(EPOCHS)
  await app.page.keyboard.press('ArrowDown')
  await expect.poll(() => focused(app.page)).toMatchObject({ run: 'run 30', level: 2 })
  await app.page.keyboard.press('ArrowLeft')
  await expect.poll(() => focused(app.page)).toMatchObject({ run: 'run 30', level: 1 })
  await app.page.keyboard.press('ArrowLeft')
  await expect(versions.run('run 30')).toHaveAttribute('aria-expanded', 'false')

  // End: the last run of all; Home: back to the first. Still only tens of rows in the DOM.
  await app.page.keyboard.press('End')
  await expect.poll(() => focused(app.page)).toMatchObject({ run: 'run 1', position: RUNS })
  expect(await versions.renderedRows()).toBeLessThanOrEqual(40)
  await app.page.keyboard.press('ArrowUp')
  await expect.poll(() => focused(app.page)).toMatchObject({ run: 'run 2', position: RUNS - 1 })
  await app.page.keyboard.press('Home')
  await expect.poll(() => focused(app.page)).toMatchObject({ run: 'run 150', position: 1 })
  expect(await versions.renderedRows()).toBeLessThanOrEqual(40)

  // The filter goes to the store: one run left, found by name.
  await app.page.getByLabel('Filter versions').fill('run 42')
  await expect(app.page.getByTestId('run-row')).toHaveCount(1)
  await expect(versions.run('run 42')).toContainText('4 epochs')
  expect(app.consoleErrors).toEqual([])
})
