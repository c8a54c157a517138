import { describe, expect, it } from 'vitest'
import CSS from '../app.css?raw'

/** The custom properties of one rule, e.g. `:root {` or `:root[data-theme='high-contrast'] {`. */
function variables(selector: string): Record<string, string> {
  const start = CSS.indexOf(`${selector} {`)
  const body = CSS.slice(start, CSS.indexOf('}', start))
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})/g)].map(([, name, value]) => [name, value]))
}

function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

const standard = variables(':root')
const themes = { standard, 'high contrast': { ...standard, ...variables(":root[data-theme='high-contrast']") } }

describe.each(Object.entries(themes))('the %s theme', (_name, colours) => {
  it.each(['text', 'muted', 'blue', 'orange', 'danger'])('puts --%s text at 4.5:1 or more on every background', (foreground) => {
    for (const background of ['bg', 'panel', 'panel-2']) {
      expect(contrast(colours[foreground], colours[background]), `--${foreground} on --${background}`).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('has a focus ring that stands out (3:1, as WCAG asks of non-text) from every background', () => {
    for (const background of ['bg', 'panel', 'panel-2']) expect(contrast(colours.focus, colours[background])).toBeGreaterThanOrEqual(3)
  })
})

it('the high-contrast theme is stronger than the standard one', () => {
  const high = themes['high contrast']
  expect(contrast(high.text, high.bg)).toBeGreaterThanOrEqual(15)
  expect(contrast(high.muted, high.panel)).toBeGreaterThan(contrast(standard.muted, standard.panel))
})
