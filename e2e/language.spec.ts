import { writeFileSync } from 'node:fs'
import { expect, test } from './harness/fixtures'
import { DIGIT_PATHS, DrawPage } from './pages/draw-page'
import { VersionsPage } from './pages/versions-page'

test.describe('on a Korean system', () => {
  test.use({ locale: 'ko-KR', defaultModel: true })

  test('the app starts in Korean, every view reads in Korean, and switching to English and back keeps the choice', async ({ app }, testInfo) => {
    await app.ready()
    const html = app.page.locator('html')
    await expect(html).toHaveAttribute('lang', 'ko')
    await expect(app.page.getByRole('tab')).toHaveText([/그리기/, /학습/, /버전/, /레슨/])
    await expect(app.datasetStatus()).toHaveText('MNIST · 학습 이미지 60,000장 · 테스트 이미지 10,000장')

    // Draw: the pad, the answer, and the neuron inspector's terms.
    const draw = new DrawPage(app)
    await expect(app.page.getByRole('heading', { name: '숫자를 그리세요' })).toBeVisible()
    await draw.draw(DIGIT_PATHS.one)
    await draw.expectPrediction(1)
    await expect(app.page.getByTestId('prediction')).toContainText('답은 1입니다')
    await draw.neuron(1, 0).click()
    await expect(draw.inspector()).toContainText('편향 b')
    await expect(draw.inspector()).toContainText('들어오는 가중치')
    await expect(draw.inspector()).toContainText('활성화 값 a')
    await expect(draw.inspector().getByRole('heading', { level: 2 })).toHaveText('은닉층 1의 1번 뉴런')
    await app.page.keyboard.press('Escape')

    // Train: the form, its choices and its messages.
    await app.openByKeyboard('Train')
    await expect(app.page.getByRole('heading', { name: '새 학습 실행' })).toBeVisible()
    await expect(app.page.locator('select[data-field="hiddenActivation"] option:checked')).toHaveText('시그모이드')
    await app.page.locator('input[data-field="eta"]').fill('0')
    await expect(app.page.locator('#error-eta')).toHaveText('학습률 η는 0보다 크고 100 이하인 수로 적으세요')
    await app.page.locator('input[data-field="eta"]').fill('3')
    await expect(app.page.locator('#error-eta')).toHaveCount(0)

    // Versions: the table's headings and the bundled model's run.
    await app.openByKeyboard('Versions')
    await expect(app.page.getByTestId('versions-table').getByRole('row').first()).toContainText('테스트 정확도')
    await expect(app.page.getByTestId('status-versions')).toHaveText('버전 1개 저장됨')
    // The bundled model is stored under a key and named in the UI's language.
    const versions = new VersionsPage(app)
    await expect(versions.run('3Blue1Brown 신경망(기본 제공)')).toBeVisible()
    // Main's refusal of a damaged model file, in Korean; only the checker's own detail stays English, labelled so.
    const corrupt = testInfo.outputPath('망가진 모델.digitscope.json')
    writeFileSync(corrupt, '{"format":"digitscope.model"')
    await versions.importFile(corrupt)
    await expect(app.page.getByRole('alert').filter({ hasText: '“망가진 모델.digitscope.json” 파일은 Digitscope 모델 파일로 읽을 수 없습니다. 자세한 내용(영어):' })).toBeVisible()

    // Switch to English: everything follows at once, the menu language is stored too.
    await app.page.getByTestId('language-picker').selectOption('en')
    await expect(html).toHaveAttribute('lang', 'en')
    await expect(app.page.getByRole('tab')).toHaveText([/Draw/, /Train/, /Versions/, /Lesson/])
    await expect(app.page.getByTestId('versions-table').getByRole('row').first()).toContainText('Test accuracy')
    await expect(app.page.getByTestId('status-versions')).toHaveText('1 version stored')
    await expect(versions.run("3Blue1Brown's network (bundled)")).toBeVisible()
    // The refusal still on screen follows the language: it is worded when shown.
    await expect(app.page.getByRole('alert').filter({ hasText: '망가진 모델.digitscope.json: not a Digitscope model file' })).toBeVisible()

    // The choice outlives a restart of the window, though the system is still Korean.
    await app.page.reload()
    await app.ready()
    await expect(html).toHaveAttribute('lang', 'en')
    await expect(app.tab('Draw')).toHaveText(/Draw/)

    // Back to following the system.
    await app.page.getByTestId('language-picker').selectOption('system')
    await expect(html).toHaveAttribute('lang', 'ko')
    await expect(app.tab('Draw')).toHaveText(/그리기/)
    expect(app.consoleErrors).toEqual([])
  })
})

/** The drawing pad's paper, as its canvas paints it: canvases follow the theme, not only the CSS. */
const padPaper = (app: import('./pages/app-page').AppPage) =>
  app.page.evaluate(`Array.from(document.querySelector('[data-testid="drawing-pad"]').getContext('2d').getImageData(2, 2, 1, 1).data.slice(0, 3)).join(' ')`)

test('themes: the OS picks dark, light or high contrast; the header buttons and Ctrl+Shift+H switch them, and the choice is kept', async ({ app }) => {
  await app.page.emulateMedia({ colorScheme: 'dark' })
  await app.ready()
  const html = app.page.locator('html')
  const background = () => app.page.evaluate(`getComputedStyle(document.documentElement).backgroundColor`)
  await expect(html).toHaveAttribute('data-theme', 'standard')
  const darkPaper = await padPaper(app)

  await app.page.getByTestId('contrast-toggle').click()
  await expect(html).toHaveAttribute('data-theme', 'high-contrast')
  await expect(app.page.getByTestId('contrast-toggle')).toHaveAttribute('aria-pressed', 'true')
  expect(await background()).toBe('rgb(0, 0, 0)')
  await expect.poll(() => padPaper(app)).toBe('0 0 0')
  await app.page.reload()
  await app.ready()
  await expect(html).toHaveAttribute('data-theme', 'high-contrast')

  await app.page.keyboard.press('ControlOrMeta+Shift+H')
  await expect(html).toHaveAttribute('data-theme', 'standard')
  expect(await background()).not.toBe('rgb(0, 0, 0)')

  // Light: chosen in the header, kept across a reload, and the canvases paint on white paper.
  await app.page.getByTestId('light-toggle').click()
  await expect(html).toHaveAttribute('data-theme', 'light')
  await expect(app.page.getByTestId('light-toggle')).toHaveAttribute('aria-pressed', 'true')
  expect(await background()).toBe('rgb(243, 245, 249)')
  await expect.poll(() => padPaper(app)).toBe('255 255 255')
  await app.page.reload()
  await app.ready()
  await expect(html).toHaveAttribute('data-theme', 'light')
  // High contrast on and off again goes back to light.
  await app.page.keyboard.press('ControlOrMeta+Shift+H')
  await expect(html).toHaveAttribute('data-theme', 'high-contrast')
  await app.page.keyboard.press('ControlOrMeta+Shift+H')
  await expect(html).toHaveAttribute('data-theme', 'light')
  await app.page.getByTestId('light-toggle').click()
  await expect(html).toHaveAttribute('data-theme', 'standard')
  await expect.poll(() => padPaper(app)).toBe(darkPaper)

  // Back to "system": an OS asking for more contrast turns high contrast on, a light OS the light theme.
  await app.page.evaluate(`window.api.invoke('preferences:set', { theme: 'system' })`)
  await app.page.emulateMedia({ contrast: 'more' })
  await app.page.reload()
  await app.ready()
  await expect(html).toHaveAttribute('data-theme', 'high-contrast')
  await app.page.emulateMedia({ contrast: 'no-preference' })
  await expect(html).toHaveAttribute('data-theme', 'standard')
  await app.page.emulateMedia({ colorScheme: 'light' })
  await expect(html).toHaveAttribute('data-theme', 'light')
  await expect.poll(() => padPaper(app)).toBe('255 255 255')
  expect(app.consoleErrors).toEqual([])
})
