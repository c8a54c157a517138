// The lesson's screenshots for `npm run screenshots`: each step, answered, in English and Korean, plus the
// hand-built neuron put in the network and the "what it responds to" panel.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LESSON_STEPS } from '../src/shared/lesson/lesson-steps'
import { launchRendererHarness } from './harness/renderer-harness'
import { AppPage } from './pages/app-page'
import { DIGIT_PATHS } from './pages/draw-page'
import { LessonPage } from './pages/lesson-page'

export async function shootLesson(outDir: string): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'digitscope-shots-lesson-'))
  // Tall, so a whole step fits without the page scrolling under the header.
  const harness = await launchRendererHarness({ databaseFile: join(folder, 'digitscope.db'), defaultModel: true, viewport: { width: 1280, height: 2200 } })
  try {
    const app = new AppPage(harness.page, harness.consoleErrors)
    const page = harness.page
    await page.emulateMedia({ colorScheme: 'dark' })
    await app.ready()
    const lesson = new LessonPage(app)
    await lesson.open()
    await lesson.draw(DIGIT_PATHS.seven)
    const shoot = async (name: string, target = lesson.step()) => {
      await page.mouse.move(0, 0)
      await page.waitForTimeout(300)
      await app.settleFonts()
      const box = await target.boundingBox()
      if (!box) throw new Error(`${name}: nothing to shoot`)
      await page.screenshot({ path: join(outDir, `${name}.png`), clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 } })
      console.log(`wrote ${join(outDir, `${name}.png`)}`)
    }
    for (const language of ['en', 'ko'] as const) {
      const suffix = language === 'en' ? '' : '-ko'
      if (language === 'ko') await page.getByTestId('language-picker').selectOption('ko')
      for (const [i, id] of LESSON_STEPS.entries()) {
        await lesson.goTo(i + 1)
        if (id === 'weights') await page.getByTestId('preset-edge').click()
        // The question as first met, then answered (with the first choice) and revealed.
        if (language === 'en' && (await lesson.choices().count()) > 0) await shoot(`lesson-${String(i + 1).padStart(2, '0')}-${id}-question`)
        if ((await lesson.choices().count()) > 0 && (await lesson.choices().first().isEnabled())) await lesson.answer(0)
        if (id === 'bias') {
          await page.getByTestId('bias-slider').fill('-5')
          await page.getByTestId('try-in-network').click()
          await page.getByTestId('try-outcome').waitFor({ timeout: 20_000 })
        }
        if (id === 'hope') await page.getByTestId('neuron-responds').locator('figure').first().waitFor({ timeout: 20_000 })
        await shoot(`lesson-${String(i + 1).padStart(2, '0')}-${id}${suffix}`)
        if (id === 'bias') await shoot(`lesson-build-hand-neuron${suffix}`, page.locator('section.try'))
        if (id === 'hope') {
          await shoot(`lesson-respond-profile${suffix}`, page.getByTestId('neuron-responds'))
          // A hidden-layer-2 neuron: its picture in pixels beside its top test images.
          await page.getByTestId('second-layer-3').click()
          await page.getByTestId('neuron-responds').locator('figure').first().waitFor({ timeout: 20_000 })
          await shoot(`lesson-layer2-picture${suffix}`)
          await page.getByTestId('second-layer-3').click()
        }
      }
      // The whole window once, at its usual size, so the step list and the pad are seen too.
      await page.setViewportSize({ width: 1280, height: 800 })
      await lesson.goTo(6)
      await page.mouse.move(0, 0)
      await page.screenshot({ path: join(outDir, `lesson-window${suffix}.png`) })
      await page.setViewportSize({ width: 1280, height: 2200 })
    }
    // Steps 2 and 8 in the two other themes (the standard, dark one is shot above), in English, answered.
    await page.getByTestId('language-picker').selectOption('en')
    for (const theme of ['high-contrast', 'light'] as const) {
      if (theme === 'high-contrast') await page.getByTestId('contrast-toggle').click()
      else {
        await page.getByTestId('contrast-toggle').click()
        await page.getByTestId('light-toggle').click()
      }
      for (const step of [2, 8]) {
        await lesson.goTo(step)
        await shoot(`lesson-${String(step).padStart(2, '0')}-${LESSON_STEPS[step - 1]}-${theme}`)
      }
    }
    if (app.consoleErrors.length > 0) throw new Error(`console errors: ${app.consoleErrors.join('\n')}`)
  } finally {
    await harness.close()
    rmSync(folder, { recursive: true, force: true })
  }
}
