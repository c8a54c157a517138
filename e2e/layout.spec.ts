import { join } from 'node:path'
import { expect, test } from './harness/fixtures'
import { ROOT } from './harness/renderer-harness'
import type { AppPage } from './pages/app-page'
import { DIGIT_PATHS, DrawPage } from './pages/draw-page'
import { VersionsPage } from './pages/versions-page'
import { LessonPage } from './pages/lesson-page'

test.use({ defaultModel: true })

const BUNDLED_MODEL = join(ROOT, 'resources', 'default-model.digitscope.json')

/** From the window's minimum size (960 × 640) up: every view must reflow, never scroll sideways. */
const VIEWPORTS = [
  { width: 960, height: 640 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 }
]

/**
 * What sticks out past the window's right edge: the page's own width, and every element drawn there.
 * An element inside an ancestor that clips (overflow: hidden or clip, as a status bar's long path does) is
 * measured to that ancestor's edge; one inside a scrolling ancestor is not, since sideways scrolling is
 * what this forbids.
 */
async function overflow(app: AppPage): Promise<string[]> {
  return (await app.page.evaluate(`(() => {
    const limit = window.innerWidth + 1
    const found = []
    if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page is ' + document.documentElement.scrollWidth + ' px wide')
    const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.dataset.testid ? '[' + el.dataset.testid + ']' : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/)[0] : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"'
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden' || style.display === 'none' || el.getClientRects().length === 0) continue
      let right = el.getBoundingClientRect().right
      if (el.getBoundingClientRect().width === 0) continue
      for (let parent = el.parentElement; parent; parent = parent.parentElement) {
        const clip = getComputedStyle(parent).overflowX
        if (clip === 'hidden' || clip === 'clip') right = Math.min(right, parent.getBoundingClientRect().right)
      }
      if (right > limit) found.push(describe(el) + ' reaches ' + Math.round(right) + ' px')
    }
    return found.slice(0, 12)
  })()`)) as string[]
}

async function expectNoOverflow(app: AppPage, where: string): Promise<void> {
  await app.page.waitForTimeout(150) // charts and the diagram settle into their new size
  expect(await overflow(app), `${where}: past the right edge of ${app.page.viewportSize()?.width} px`).toEqual([])
}

async function everyView(app: AppPage, where: string): Promise<void> {
  const draw = new DrawPage(app)
  await app.openByKeyboard('Draw')
  await draw.clear()
  await draw.draw(DIGIT_PATHS.seven)
  await expect(draw.prediction()).toHaveCount(1)
  await expectNoOverflow(app, `${where}, Draw`)
  await draw.neuron(1, 4).click()
  await expect(draw.inspector()).toBeVisible()
  await expectNoOverflow(app, `${where}, Draw with the inspector`)
  await app.page.keyboard.press('Escape')

  await app.openByKeyboard('Train')
  await expectNoOverflow(app, `${where}, Train`)

  const versions = new VersionsPage(app)
  await versions.open()
  await expectNoOverflow(app, `${where}, Versions`)
  await versions.expandAll()
  await expectNoOverflow(app, `${where}, Versions with every run open`)
  const table = app.page.getByTestId('versions-table')
  await table.getByRole('checkbox').nth(0).check()
  await table.getByRole('checkbox').nth(1).check()
  const comparison = await versions.compare()
  await expect(comparison.locator('[data-cell="7-7"]')).toHaveCount(2)
  await expectNoOverflow(app, `${where}, the comparison`)
  await comparison.getByRole('button', { name: /^(Close|닫기)$/ }).click()
  await table.getByRole('checkbox').nth(0).uncheck()
  await table.getByRole('checkbox').nth(1).uncheck()

  // The lesson: the neuron builder with its sigmoid curve, and the trained neurons with what one responds to.
  const lesson = new LessonPage(app)
  await lesson.open()
  await lesson.goTo(7)
  await app.page.getByTestId('preset-edge').click()
  await expectNoOverflow(app, `${where}, Lesson: bias`)
  await lesson.goTo(10)
  if (await lesson.choices().first().isEnabled()) await lesson.answer(1)
  await expect(app.page.getByTestId('neuron-responds').locator('figure').first()).toBeVisible({ timeout: 20_000 })
  await expectNoOverflow(app, `${where}, Lesson: does the hope hold`)
}

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width} × ${viewport.height} every view reflows: nothing past the right edge`, async ({ app }) => {
    test.setTimeout(90_000)
    await app.page.setViewportSize(viewport)
    await app.ready()
    await new VersionsPage(app).open()
    await new VersionsPage(app).importFile(BUNDLED_MODEL)
    await expect(app.page.getByTestId('status-versions')).toHaveText('2 versions stored')
    await everyView(app, 'English')
    if (viewport.width === 960) {
      // Korean labels are of other lengths; the smallest window is where they would not fit.
      await app.page.getByTestId('language-picker').selectOption('ko')
      await expect(app.page.locator('html')).toHaveAttribute('lang', 'ko')
      await everyView(app, 'Korean')
    }
    expect(app.consoleErrors).toEqual([])
  })
}
