// `npm run screenshots`: a PNG of each view, through the same harness as the e2e tests, into out/screenshots/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fillStore } from './harness/fill-store'
import { launchRendererHarness, ROOT } from './harness/renderer-harness'
import { AppPage, type ViewName } from './pages/app-page'
import { TrainPage } from './pages/train-page'
import { DIGIT_PATHS, DrawPage } from './pages/draw-page'
import { VersionsPage } from './pages/versions-page'
import { shootLesson } from './lesson-screenshots'

const outDir = join(ROOT, 'out', 'screenshots')
mkdirSync(outDir, { recursive: true })
const folder = mkdtempSync(join(tmpdir(), 'digitscope-shots-'))
const harness = await launchRendererHarness({
  databaseFile: join(folder, 'digitscope.db'),
  defaultModel: true,
  viewport: { width: 1280, height: 800 }
})
try {
  const app = new AppPage(harness.page, harness.consoleErrors)
  // The standard theme is the dark one; the light theme has shots of its own below.
  await harness.page.emulateMedia({ colorScheme: 'dark' })
  await app.ready()
  for (const view of ['Draw', 'Train', 'Versions', 'Lesson'] as ViewName[]) {
    await app.openByMouse(view)
    await harness.page.mouse.move(0, 0)
    await harness.page.waitForTimeout(300)
    const file = join(outDir, `${view.toLowerCase()}.png`)
    await harness.page.screenshot({ path: file })
    console.log(`wrote ${file}`)
  }
  // The Draw view with a digit, then with the neuron inspector open.
  const draw = new DrawPage(app)
  await app.openByMouse('Draw')
  await draw.draw(DIGIT_PATHS.seven)
  await harness.page.mouse.move(0, 0)
  await harness.page.waitForTimeout(300)
  await harness.page.screenshot({ path: join(outDir, 'draw.png'), fullPage: true })
  await draw.neuron(1, 4).click()
  await harness.page.waitForTimeout(300)
  await harness.page.screenshot({ path: join(outDir, 'draw-inspector.png') })
  // Its experiments: what it responds to, and switching it off (a tall window, so the inspector need not scroll).
  await harness.page.setViewportSize({ width: 1280, height: 2000 })
  await draw.inspector().getByTestId('switch-off').click()
  await draw.inspector().getByTestId('switch-off-outcome').waitFor({ timeout: 20_000 })
  await draw.inspector().getByTestId('show-responds').click()
  await draw.inspector().getByTestId('neuron-responds').locator('figure').first().waitFor({ timeout: 20_000 })
  await harness.page.waitForTimeout(400)
  await draw.inspector().getByTestId('neuron-responds').screenshot({ path: join(outDir, 'draw-inspector-respond-profile.png') })
  await harness.page.keyboard.press('Escape')
  await harness.page.setViewportSize({ width: 1280, height: 800 })
  console.log(`wrote ${join(outDir, 'draw.png')} and draw-inspector.png`)

  // The Train view during a run and after it.
  const train = new TrainPage(app)
  await train.open()
  await train.preset('Modern').click()
  await train.start({ name: 'modern · 20,000', epochs: 8, subset: 20000 })
  while ((await train.chartPoints('accuracy')) < 3) await harness.page.waitForTimeout(100)
  await harness.page.screenshot({ path: join(outDir, 'train-running.png') })
  await train.waitForStatus('completed', 120_000)
  await harness.page.waitForTimeout(300)
  await harness.page.screenshot({ path: join(outDir, 'train-finished.png') })
  console.log(`wrote ${join(outDir, 'train-running.png')} and train-finished.png`)

  // The inspector's time-lapse over that run's epochs, from its random start.
  await harness.page.setViewportSize({ width: 1280, height: 1400 })
  await app.openByKeyboard('Draw')
  await draw.clear()
  await draw.draw(DIGIT_PATHS.seven)
  await draw.neuron(1, 4).click()
  const slider = draw.inspector().getByTestId('history-slider')
  await slider.focus()
  await harness.page.keyboard.press('Home')
  for (let i = 0; i < 2; i++) await harness.page.keyboard.press('ArrowRight')
  await harness.page.waitForTimeout(400)
  await draw.inspector().getByTestId('epoch-history').screenshot({ path: join(outDir, 'draw-inspector-epochs-time-lapse.png') })
  await harness.page.keyboard.press('Escape')
  await harness.page.setViewportSize({ width: 1280, height: 800 })
  console.log(`wrote ${join(outDir, 'draw-inspector-epochs-time-lapse.png')}`)

  // The comparison: the bundled classic network against the modern run just trained.
  const versions = new VersionsPage(app)
  await versions.open()
  const [modern] = await versions.versionIds('modern · 20,000')
  await versions.expand("3Blue1Brown's network (bundled)")
  await versions.choose(1)
  await versions.choose(modern)
  await versions.compare()
  await harness.page.waitForTimeout(400)
  await harness.page.screenshot({ path: join(outDir, 'compare.png') })
  await harness.page.setViewportSize({ width: 1280, height: 2000 })
  await harness.page.waitForTimeout(400)
  await harness.page.screenshot({ path: join(outDir, 'compare-full.png') })
  console.log(`wrote ${join(outDir, 'compare.png')} and compare-full.png`)

  // Korean, then high contrast, then light; then English in light: every view, the comparison still open under Versions.
  await harness.page.setViewportSize({ width: 1280, height: 800 })
  const shoot = async (name: string, fullPage = false) => {
    await harness.page.mouse.move(0, 0)
    await harness.page.waitForTimeout(400)
    await app.settleFonts()
    await harness.page.screenshot({ path: join(outDir, `${name}.png`), fullPage })
    console.log(`wrote ${join(outDir, `${name}.png`)}`)
  }
  await harness.page.getByTestId('language-picker').selectOption('ko')
  await shoot('compare-ko')
  for (const theme of ['ko', 'ko-high-contrast', 'ko-light', 'light']) {
    if (theme === 'ko-high-contrast') await harness.page.getByTestId('contrast-toggle').click()
    if (theme === 'ko-light') {
      await harness.page.getByTestId('contrast-toggle').click()
      await harness.page.getByTestId('light-toggle').click()
    }
    if (theme === 'light') await harness.page.getByTestId('language-picker').selectOption('en')
    await app.openByKeyboard('Draw')
    await draw.clear()
    await draw.draw(DIGIT_PATHS.seven)
    await shoot(`draw-${theme}`)
    await draw.neuron(1, 4).click()
    await shoot(`draw-inspector-${theme}`)
    await harness.page.keyboard.press('Escape')
    await app.openByKeyboard('Train')
    await shoot(`train-${theme}`)
    await app.openByKeyboard('Versions')
    await shoot(`versions-${theme}`)
  }
  await app.openByKeyboard('Versions')
  await harness.page.setViewportSize({ width: 1280, height: 2000 })
  await shoot('compare-full-light')
  await harness.page.setViewportSize({ width: 1280, height: 800 })
  // The keyboard pen, in English and high contrast.
  await harness.page.getByTestId('contrast-toggle').click()
  await app.openByKeyboard('Draw')
  await draw.clear()
  await draw.pad().focus()
  for (const key of ['ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowLeft', 'ArrowLeft', 'Space', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown']) {
    await harness.page.keyboard.press(key)
  }
  await harness.page.waitForTimeout(300)
  await harness.page.screenshot({ path: join(outDir, 'draw-keyboard-high-contrast.png') })
  console.log(`wrote ${join(outDir, 'draw-keyboard-high-contrast.png')}`)
  if (app.consoleErrors.length > 0) throw new Error(`console errors: ${app.consoleErrors.join('\n')}`)
} finally {
  await harness.close()
  rmSync(folder, { recursive: true, force: true })
}

// A year of history: 120 runs of 30 epochs (3 600 versions). The Versions view with its runs collapsed, one
// run open, the thin dialog, and the Draw view's version picker open with a search — in English and Korean.
const history = mkdtempSync(join(tmpdir(), 'digitscope-shots-history-'))
const TOPICS = ['classic', 'modern ReLU', 'wide 128', 'my handwriting', 'small batch', 'η decay']
fillStore(join(history, 'digitscope.db'), { runs: 120, epochs: 30, name: (r) => `${TOPICS[r % TOPICS.length]} · week ${Math.ceil(r / 3)}` })
const many = await launchRendererHarness({ databaseFile: join(history, 'digitscope.db'), viewport: { width: 1280, height: 800 } })
try {
  const app = new AppPage(many.page, many.consoleErrors)
  await many.page.emulateMedia({ colorScheme: 'dark' })
  await app.ready()
  const shoot = async (name: string) => {
    await many.page.waitForTimeout(400)
    await app.settleFonts()
    await many.page.screenshot({ path: join(outDir, `${name}.png`) })
    console.log(`wrote ${join(outDir, `${name}.png`)}`)
  }
  for (const language of ['en', 'ko'] as const) {
    const suffix = language === 'en' ? '' : '-ko'
    if (language === 'ko') await many.page.getByTestId('language-picker').selectOption('ko')
    const versions = new VersionsPage(app)
    await versions.open()
    await many.page.mouse.move(0, 0)
    await shoot(`versions-history${suffix}`)
    // One run open, by keyboard: into the list, down to the second run, Enter.
    const second = many.page.getByTestId('run-row').nth(1)
    await second.focus()
    await many.page.keyboard.press('Enter')
    await second.getByRole('button').first().waitFor()
    await many.page.getByTestId('version-row').first().waitFor()
    await many.page.keyboard.press('ArrowDown')
    await many.page.keyboard.press('ArrowDown')
    await shoot(`versions-history-expanded${suffix}`)
    await many.page.keyboard.press('ArrowLeft')
    await many.page.keyboard.press('ArrowLeft')
    // The thin dialog on the first run: every 5th epoch.
    await many.page.getByTestId('run-row').first().getByRole('button', { name: /^Thin run|에포크 줄이기…$/ }).click()
    await many.page.getByTestId('thin-preview').getByText(/Keeps|남깁니다/).waitFor()
    await shoot(`versions-thin${suffix}`)
    await many.page.keyboard.press('Escape')
    // The version picker, searched, with one run's other epochs shown.
    await app.openByKeyboard('Draw')
    await new DrawPage(app).draw(DIGIT_PATHS.seven)
    await many.page.getByTestId('version-picker').click()
    await many.page.keyboard.type('week 1')
    const options = many.page.getByTestId('version-options')
    // The search has answered once every group is a run of week 1x.
    await options.locator('.group-label').first().getByText(/week 1\d?$/).waitFor()
    await many.page.waitForTimeout(300)
    await options.getByRole('option', { name: /more epochs|other .* epochs|나머지 에포크|더 보기/ }).first().click()
    await options.getByRole('option', { name: /epoch 29|에포크 29/ }).first().waitFor()
    await many.page.keyboard.press('ArrowDown')
    await many.page.keyboard.press('ArrowDown')
    await shoot(`draw-picker${suffix}`)
    await many.page.keyboard.press('Escape')
    await many.page.getByTestId('version-picker').blur()
    // A refusal from main in the UI's language: a damaged model file dropped on Versions.
    const damaged = join(history, language === 'en' ? 'damaged.digitscope.json' : '망가진 모델.digitscope.json')
    writeFileSync(damaged, '{"format":"digitscope.model"')
    await versions.open()
    await versions.importFile(damaged)
    await many.page.getByRole('alert').waitFor()
    await shoot(`versions-import-refused${suffix}`)
  }
  if (app.consoleErrors.length > 0) throw new Error(`console errors: ${app.consoleErrors.join('\n')}`)
} finally {
  await many.close()
  rmSync(history, { recursive: true, force: true })
}

await shootLesson(outDir)
