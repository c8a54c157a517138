import { expect, test } from './harness/fixtures'
import type { ViewName } from './pages/app-page'
import { DIGIT_PATHS, DrawPage } from './pages/draw-page'

test.use({ defaultModel: true })

/** Everything Tab should stop at; the view tabs are one stop, moved between with the arrows (shell.spec.ts). */
const FOCUSABLE = ['button', 'select', 'input', 'textarea', '[tabindex="0"]'].map((s) => `${s}:not([disabled]):not([tabindex="-1"]):not([role="tab"])`).join(', ')

/**
 * Tabs through a view from its tab to the status bar and reports what focus reached: each stop's id, and
 * whether its focus ring is drawn: an outline (:focus-visible applies to keyboard focus), or for the
 * network diagram's SVG neurons a stroke in the focus colour.
 */
async function tabThrough(page: import('@playwright/test').Page, limit: number) {
  const stops: Array<{ key: string; ring: boolean }> = []
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const stop = (await page.evaluate(`(() => {
      const el = document.activeElement
      if (!el || el === document.body) return null
      if (!el.dataset.tabStop) el.dataset.tabStop = String(Math.random())
      const style = getComputedStyle(el)
      // The focus colour where the element is: inside a dark well (figures of neurons) it is the well's own.
      const probe = document.body.appendChild(Object.assign(document.createElement('i'), { style: 'color: ' + style.getPropertyValue('--focus').trim() }))
      const focusColour = getComputedStyle(probe).color
      probe.remove()
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
      const stroke = el instanceof SVGElement && style.stroke === focusColour && parseFloat(style.strokeWidth) >= 2
      return { key: el.dataset.tabStop, ring: outline || stroke }
    })()`)) as { key: string; ring: boolean } | null
    if (!stop || stops.some((s) => s.key === stop.key)) break
    stops.push(stop)
  }
  return stops
}

test('every control of every view is reached by Tab, and shows a focus ring when it is', async ({ app }) => {
  test.setTimeout(90_000)
  await app.ready()
  await new DrawPage(app).draw(DIGIT_PATHS.seven)
  for (const view of ['Draw', 'Train', 'Versions', 'Lesson'] as ViewName[]) {
    await app.openByKeyboard(view)
    await app.tab(view).focus()
    const stops = await tabThrough(app.page, 200)
    const reachable = await app.page.locator(`header ${FOCUSABLE}, [role="tabpanel"] ${FOCUSABLE}`).evaluateAll((elements) =>
      elements
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => (el as unknown as { dataset: Record<string, string | undefined> }).dataset.tabStop ?? el.outerHTML.slice(0, 80))
    )
    const reached = new Set(stops.map((stop) => stop.key))
    expect(reachable.filter((key) => !reached.has(key)), `${view}: controls Tab never reached`).toEqual([])
    expect(stops.filter((stop) => !stop.ring).length, `${view}: focus without a ring`).toBe(0)
    expect(stops.length).toBeGreaterThan(5)
  }
  expect(app.consoleErrors).toEqual([])
})
