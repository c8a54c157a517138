import { describe, expect, it } from 'vitest'
import { THEME_BACKGROUNDS } from '../../../shared/settings/preferences'
import CSS from '../app.css?raw'

/** The custom properties of one rule, e.g. `:root {` or `:root[data-theme='high-contrast'] {`. */
function variables(selector: string): Record<string, string> {
  const start = CSS.indexOf(`${selector} {`)
  expect(start, `${selector} in app.css`).toBeGreaterThanOrEqual(0)
  const body = CSS.slice(start, CSS.indexOf('}', start))
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\b/g)].map(([, name, value]) => [name, value]))
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
const themes = {
  standard,
  light: { ...standard, ...variables(":root[data-theme='light']") },
  'high contrast': { ...standard, ...variables(":root[data-theme='high-contrast']") }
}
const BACKGROUNDS = ['bg', 'panel', 'panel-2']
const SERIES = Array.from({ length: 8 }, (_, i) => `series-${i + 1}`)

describe.each(Object.entries(themes))('the %s theme', (_name, colours) => {
  it.each(['text', 'muted', 'blue', 'orange', 'danger', 'focus'])('puts --%s text at 4.5:1 or more on every background', (foreground) => {
    for (const background of BACKGROUNDS) {
      expect(contrast(colours[foreground], colours[background]), `--${foreground} on --${background}`).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('puts text on the accent colours (the main buttons, the pressed toggles) at 4.5:1 or more', () => {
    for (const accent of ['blue', 'focus']) expect(contrast(colours['on-accent'], colours[accent]), `--on-accent on --${accent}`).toBeGreaterThanOrEqual(4.5)
  })

  it('has a focus ring that stands out (3:1, as WCAG asks of non-text) from every background', () => {
    for (const background of BACKGROUNDS) expect(contrast(colours.focus, colours[background])).toBeGreaterThanOrEqual(3)
  })

  it('draws the pad’s ink so it stands out from its paper, and every compared version’s colour at 3:1 on the panels', () => {
    expect(contrast(colours.ink, colours.paper)).toBeGreaterThanOrEqual(15)
    for (const series of SERIES) {
      for (const background of ['panel', 'panel-2']) expect(contrast(colours[series], colours[background]), `--${series} on --${background}`).toBeGreaterThanOrEqual(3)
    }
  })

  it('draws neurons lit = bright on a dark well, with the well’s text, lines and accents readable on it', () => {
    // Step 2 says black is 0 and white is 1, as the lecture draws neurons: so in every theme, light or not.
    expect(luminance(colours.lit)).toBeGreaterThan(luminance(colours.well))
    expect(contrast(colours.lit, colours.well)).toBeGreaterThanOrEqual(15)
    expect(luminance(colours.well)).toBeLessThan(0.02)
    for (const foreground of ['well-text', 'well-blue', 'well-orange', 'well-focus']) {
      expect(contrast(colours[foreground], colours.well), `--${foreground} on --well`).toBeGreaterThanOrEqual(4.5)
    }
    expect(contrast(colours['well-line'], colours.well), '--well-line on --well').toBeGreaterThanOrEqual(2)
  })
})

it('the light theme is light: dark text on light backgrounds', () => {
  const light = themes.light
  for (const background of BACKGROUNDS) expect(luminance(light[background])).toBeGreaterThan(luminance(light.text))
  expect(luminance(light.paper)).toBeGreaterThan(luminance(light.ink))
})

it('the high-contrast theme is stronger than the standard one', () => {
  const high = themes['high contrast']
  expect(contrast(high.text, high.bg)).toBeGreaterThanOrEqual(15)
  expect(contrast(high.muted, high.panel)).toBeGreaterThan(contrast(standard.muted, standard.panel))
})

it('the window opens in each theme’s own background, before the page paints (THEME_BACKGROUNDS)', () => {
  expect(THEME_BACKGROUNDS).toEqual({ standard: themes.standard.bg, light: themes.light.bg, 'high-contrast': themes['high contrast'].bg })
})
