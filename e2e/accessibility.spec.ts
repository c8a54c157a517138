import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './harness/fixtures'
import { DIGIT_PATHS, DrawPage } from './pages/draw-page'
import type { ViewName } from './pages/app-page'

test.use({ defaultModel: true })

test('every view passes axe-core with no serious or critical violations', async ({ app }) => {
  await app.ready()
  const draw = new DrawPage(app)
  await draw.draw(DIGIT_PATHS.seven)
  const found: string[] = []
  const scan = async (where: string) => {
    const results = await new AxeBuilder({ page: app.page }).analyze()
    for (const violation of results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      found.push(`${where}: ${violation.id} (${violation.impact}) — ${violation.help}: ${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
    }
  }
  // The Draw view with the neuron inspector open, as well as every view.
  await draw.neuron(1, 4).click()
  await expect(draw.inspector()).toBeVisible()
  await scan('Draw with the inspector')
  await app.page.keyboard.press('Escape')
  for (const view of ['Draw', 'Train', 'Versions'] as ViewName[]) {
    await app.openByKeyboard(view)
    await scan(view)
  }
  expect(found).toEqual([])
})
