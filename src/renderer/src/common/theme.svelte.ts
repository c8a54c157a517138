import type { Theme as ThemeName } from '../../../shared/settings/preferences'

/**
 * The one theme module. The colours themselves live once, as CSS variables per theme in app.css; HTML
 * takes them from there (`var(--blue)`), and canvases and chart.js, which cannot read CSS, take them from
 * here: `theme.use(name)` switches the page's theme and reads the variables back, and every effect that
 * draws with `theme.colours` runs again, so a canvas or chart redraws in the new theme.
 */

export type Rgb = readonly [r: number, g: number, b: number]

/** The variables a canvas or a chart needs, by their names in app.css. */
const VARIABLES = {
  bg: '--bg',
  panel: '--panel',
  panel2: '--panel-2',
  line: '--line',
  text: '--text',
  muted: '--muted',
  /** Positive values, and the network's usual bars. */
  blue: '--blue',
  /** Negative values, and the answer. */
  orange: '--orange',
  focus: '--focus',
  /** The pen on the drawing pad, and the page of signed maps (weights): ink… */
  ink: '--ink',
  /** …on paper, the zero a weight map fades to. */
  paper: '--paper',
  /** A neuron or input pixel at 0: the dark well every figure of neurons sits in, in every theme. */
  well: '--well',
  /** A neuron or input pixel at 1: lit, bright, as the lecture draws it. */
  lit: '--lit',
  /** Lines, text and accents drawn on the well. */
  wellLine: '--well-line',
  wellText: '--well-text',
  wellBlue: '--well-blue',
  wellOrange: '--well-orange'
} as const

export type ColourName = keyof typeof VARIABLES
export type Colours = Record<ColourName, string> & { series: string[] }

const SERIES_COUNT = 8
const ACTIVATION_STEPS = 64

/** Reads the current theme's colours, as the CSS states them, from a computed style. */
export function readColours(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>): Colours {
  const read = (variable: string) => style.getPropertyValue(variable).trim()
  const colours = Object.fromEntries(Object.entries(VARIABLES).map(([name, variable]) => [name, read(variable)])) as Record<ColourName, string>
  return { ...colours, series: Array.from({ length: SERIES_COUNT }, (_, i) => read(`--series-${i + 1}`)) }
}

/** `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgb(r g b)` as numbers; black for anything else. */
export function parseColour(text: string): Rgb {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim())?.[1]
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
    return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb
  }
  const numbers = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(text.trim())
  return numbers ? [Number(numbers[1]), Number(numbers[2]), Number(numbers[3])] : [0, 0, 0]
}

/** The colour `t` of the way from `from` to `to` (t clamped to [0, 1]; NaN counts as 0). */
export function mix(from: Rgb, to: Rgb, t: number): Rgb {
  const s = t > 0 ? Math.min(1, t) : 0
  return [from[0] + (to[0] - from[0]) * s, from[1] + (to[1] - from[1]) * s, from[2] + (to[2] - from[2]) * s]
}

export function css([r, g, b]: Rgb, alpha = 1): string {
  return `rgb(${Math.round(r)} ${Math.round(g)} ${Math.round(b)}${alpha < 1 ? ` / ${alpha}` : ''})`
}

/** A neutral stand-in until a page has styles (and in unit tests, which have no page). */
const UNSTYLED: Colours = { ...(Object.fromEntries(Object.keys(VARIABLES).map((name) => [name, '#808080'])) as Record<ColourName, string>), series: Array(SERIES_COUNT).fill('#808080') }

class Theme {
  name = $state<ThemeName>('standard')
  /** The current theme's colours; read in an effect, the effect runs again when the theme changes. */
  colours = $state.raw<Colours>(typeof document === 'undefined' ? UNSTYLED : readColours(getComputedStyle(document.documentElement)))

  /** The same colours as numbers, for canvases that mix them per pixel. */
  readonly rgb = $derived(Object.fromEntries(Object.entries(this.colours).filter(([name]) => name !== 'series').map(([name, value]) => [name, parseColour(value as string)])) as Record<ColourName, Rgb>)

  /** Switches the page to `name` (app.css's `data-theme`) and reads its colours. */
  use(name: ThemeName): void {
    const root = document.documentElement
    root.dataset.theme = name
    this.name = name
    this.colours = readColours(getComputedStyle(root))
  }

  /** A colour per compared version, told apart with any common colour-vision deficiency. */
  series(i: number): string {
    return this.colours.series[i % SERIES_COUNT]
  }

  /** A signed value scaled to [-1, 1]: paper at 0, full blue at +1, full orange at −1. */
  signed(value: number): string {
    const { paper, blue, orange } = this.rgb
    return css(mix(paper, value >= 0 ? blue : orange, Math.abs(value)))
  }

  /**
   * A neuron's activation in [0, 1]: the well when 0, lit when 1 — how much it fires (NaN: not at all), bright
   * for firing in every theme, as the lecture draws it. In 64
   * steps made once per theme, so a diagram of hundreds of neurons redrawn per stroke builds no strings.
   */
  activation(a: number): string {
    return this.activationSteps[Math.round((a > 0 ? Math.min(1, a) : 0) * (ACTIVATION_STEPS - 1))]
  }

  /**
   * The learner's drawing traced faintly on a weight map's paper (the neuron painter): a third of the way
   * from paper to ink at 1, so the weights painted over it stay the figure. Precomputed as `activation`.
   */
  trace(a: number): string {
    return this.traceSteps[Math.round((a > 0 ? Math.min(1, a) : 0) * (ACTIVATION_STEPS - 1))]
  }

  private readonly traceSteps = $derived(Array.from({ length: ACTIVATION_STEPS }, (_, i) => css(mix(this.rgb.paper, this.rgb.ink, (0.35 * i) / (ACTIVATION_STEPS - 1)))))

  private readonly activationSteps = $derived(Array.from({ length: ACTIVATION_STEPS }, (_, i) => css(mix(this.rgb.well, this.rgb.lit, i / (ACTIVATION_STEPS - 1)))))
}

export const theme = new Theme()

/** The CSS for version `i`'s colour, for HTML that follows the theme without a redraw. */
export const seriesVariable = (i: number) => `var(--series-${(i % SERIES_COUNT) + 1})`
