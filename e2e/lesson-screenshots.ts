// The lesson's screenshots for `npm run screenshots`: each step, answered, in English and Korean, plus the
// hand-built neuron put in the network, the "what it responds to" panel, the Noise experiment and the lesson's version picker.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { LESSON_STEPS } from '../src/shared/lesson/lesson-steps'
import { launchRendererHarness, ROOT } from './harness/renderer-harness'
import { AppPage } from './pages/app-page'
import { DIGIT_PATHS } from './pages/draw-page'
import { LessonPage } from './pages/lesson-page'

/** Step 11 played to its last snapshot, and one step downhill taken on the drawn 7. */
async function descentPlayed(lesson: LessonPage): Promise<void> {
  await lesson.reveal().locator('[data-testid="demo-now"][data-seen="30000"]').waitFor({ timeout: 30_000 })
  const drawing = lesson.descentDrawing()
  await drawing.getByTestId('descent-digit-7').click()
  await drawing.getByTestId('predict').locator('.choices button').first().click()
  await drawing.getByTestId('descent-step').waitFor()
}

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
        // Step 11 asks once the network has trained from random in the worker.
        if (id === 'descent') await lesson.choices().first().waitFor({ timeout: 60_000 })
        // The question as first met, then answered (with the first choice) and revealed.
        if (language === 'en' && (await lesson.choices().count()) > 0) await shoot(`lesson-${String(i + 1).padStart(2, '0')}-${id}-question`)
        if ((await lesson.choices().count()) > 0 && (await lesson.choices().first().isEnabled())) await lesson.answer(0)
        if (id === 'bias') {
          await page.getByTestId('bias-slider').fill('-5')
          await page.getByTestId('try-in-network').click()
          await page.getByTestId('try-outcome').waitFor({ timeout: 20_000 })
        }
        if (id === 'hope') await page.getByTestId('neuron-responds').locator('figure').first().waitFor({ timeout: 20_000 })
        if (id === 'descent') await descentPlayed(lesson)
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
        if (id === 'network') {
          // The Noise experiment beside the pad, the verdict above untouched; then the lesson's version picker, open.
          await page.getByTestId('feed-noise').click()
          await shoot(`lesson-noise${suffix}`, page.locator('section.pad'))
          await page.getByTestId('noise-close').click()
          await page.getByTestId('lesson-version-change').click()
          await page.getByTestId('lesson-version-picker').click()
          await page.getByTestId('version-options').waitFor()
          await shoot(`lesson-version-picker${suffix}`)
          await page.keyboard.press('Escape')
          await page.getByTestId('lesson-version-change').click()
        }
      }
      // The whole window once, at its usual size, so the step list and the pad are seen too.
      await page.setViewportSize({ width: 1280, height: 800 })
      await lesson.goTo(6)
      await page.mouse.move(0, 0)
      await page.screenshot({ path: join(outDir, `lesson-window${suffix}.png`) })
      await page.setViewportSize({ width: 1280, height: 2200 })
    }
    // Steps 2, 3, 7 and 8 in the light and the high-contrast theme: every figure of neurons in its dark well,
    // lit = bright, as step 2's words say.
    await page.getByTestId('language-picker').selectOption('en')
    for (const theme of ['light', 'high-contrast'] as const) {
      await page.getByTestId(theme === 'light' ? 'light-toggle' : 'contrast-toggle').click()
      await page.locator(`html[data-theme="${theme}"]`).waitFor({ state: 'attached' })
      for (const [i, id] of LESSON_STEPS.entries()) {
        if (!['neuron', 'network', 'bias', 'matrix'].includes(id)) continue
        await lesson.goTo(i + 1)
        await shoot(`lesson-${String(i + 1).padStart(2, '0')}-${id}-${theme}`)
      }
    }
    await page.getByTestId('contrast-toggle').click()
    await page.getByTestId('light-toggle').click()
    if (app.consoleErrors.length > 0) throw new Error(`console errors: ${app.consoleErrors.join('\n')}`)
  } finally {
    await harness.close()
    rmSync(folder, { recursive: true, force: true })
  }
}

// Run alone (`node --import tsx e2e/lesson-screenshots.ts`, after `npm run build`): the lesson's shots only, into out/screenshots.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = join(ROOT, 'out', 'screenshots')
  mkdirSync(outDir, { recursive: true })
  await shootLesson(outDir)
}
