import AxeBuilder from '@axe-core/playwright'
import { join } from 'node:path'
import { expect, test } from './harness/fixtures'
import { ROOT } from './harness/renderer-harness'
import type { AppPage } from './pages/app-page'
import { DIGIT_PATHS, DrawPage } from './pages/draw-page'
import { VersionsPage } from './pages/versions-page'
import { LessonPage } from './pages/lesson-page'

test.use({ defaultModel: true })

const BUNDLED_MODEL = join(ROOT, 'resources', 'default-model.digitscope.json')

/** axe-core's serious and critical findings (colour contrast ≥ 4.5:1 among them), as readable lines. */
async function scan(app: AppPage, where: string, found: string[]): Promise<void> {
  const results = await new AxeBuilder({ page: app.page }).analyze()
  for (const violation of results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
    found.push(`${where}: ${violation.id} (${violation.impact}) — ${violation.help}: ${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
  }
}

/**
 * Draw with a digit and the neuron inspector open, Train, Versions, and the comparison of two versions
 * (the bundled model and a second import of it).
 */
async function scanEverything(app: AppPage, theme: string, found: string[]): Promise<void> {
  const draw = new DrawPage(app)
  await app.openByKeyboard('Draw')
  await draw.clear()
  await draw.draw(DIGIT_PATHS.seven)
  await draw.neuron(1, 4).click()
  await expect(draw.inspector()).toBeVisible()
  await scan(app, `${theme}, Draw with the inspector`, found)
  await app.page.keyboard.press('Escape')
  // The version picker open, as a combobox and its listbox.
  await app.page.getByTestId('version-picker').click()
  await expect(app.page.getByTestId('version-options').getByRole('option').first()).toBeVisible()
  await scan(app, `${theme}, Draw with the version picker open`, found)
  await app.page.keyboard.press('Escape')
  await app.openByKeyboard('Train')
  await scan(app, `${theme}, Train`, found)
  const versions = new VersionsPage(app)
  await versions.open()
  await scan(app, `${theme}, Versions`, found)
  await versions.expandAll()
  await scan(app, `${theme}, Versions with every run open`, found)
  await app.page.getByTestId('versions-table').getByRole('checkbox').nth(0).check()
  await app.page.getByTestId('versions-table').getByRole('checkbox').nth(1).check()
  const comparison = await versions.compare()
  await expect(comparison.locator('[data-cell="7-7"]')).toHaveCount(2)
  await scan(app, `${theme}, the comparison`, found)
  await app.page.getByTestId('versions-table').getByRole('checkbox').nth(0).uncheck()
  await app.page.getByTestId('versions-table').getByRole('checkbox').nth(1).uncheck()
  const lesson = new LessonPage(app)
  await lesson.open()
  await lesson.goTo(7)
  await app.page.getByTestId('preset-edge').click()
  if (await lesson.choices().first().isEnabled()) await lesson.answer(0)
  await scan(app, `${theme}, Lesson: bias, answered`, found)
  await lesson.goTo(10)
  if (await lesson.choices().first().isEnabled()) await lesson.answer(1)
  await expect(app.page.getByTestId('neuron-responds').locator('figure').first()).toBeVisible({ timeout: 20_000 })
  await scan(app, `${theme}, Lesson: does the hope hold, answered`, found)
}

test('every view and the comparison pass axe-core: English in the standard and the light theme, Korean in high contrast', async ({ app }) => {
  test.setTimeout(240_000)
  await app.page.emulateMedia({ colorScheme: 'dark' })
  await app.ready()
  await new VersionsPage(app).open()
  await new VersionsPage(app).importFile(BUNDLED_MODEL)
  await expect(app.page.getByTestId('status-versions')).toHaveText('2 versions stored')

  const found: string[] = []
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'standard')
  await scanEverything(app, 'English', found)
  await app.page.getByTestId('light-toggle').click()
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'light')
  await scanEverything(app, 'English, light', found)
  await app.page.getByTestId('language-picker').selectOption('ko')
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'ko')
  await app.page.getByTestId('contrast-toggle').click()
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'high-contrast')
  await scanEverything(app, 'Korean, high contrast', found)
  expect(found).toEqual([])
  expect(app.consoleErrors).toEqual([])
})
