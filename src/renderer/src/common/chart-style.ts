import { t } from './i18n/i18n.svelte'
import { theme } from './theme.svelte'

/**
 * What the line and bar charts share: sized by their box, drawn without animation, axes and legends in
 * the theme's colours. Call these inside the effect that creates a chart: they read the theme, so the
 * chart is made anew in the new colours when the theme changes, as it is in a new language.
 */
export const CHART_BASE = { responsive: true, maintainAspectRatio: false, animation: false } as const

export const axisTitle = (text: string) => ({ display: true, text, color: theme.colours.muted })

/** An x axis of categories (epochs, digits), titled, without grid lines. */
export function categoryAxis(title: string) {
  return { title: axisTitle(title), ticks: { color: theme.colours.muted }, grid: { display: false }, border: { color: theme.colours.line } }
}

/** A y axis whose ticks read as `format` writes them, over grid lines. */
export function valueAxis(format: (value: number) => string) {
  return {
    ticks: { color: theme.colours.muted, callback: (value: number | string) => format(Number(value)) },
    grid: { color: theme.colours.line },
    border: { color: theme.colours.line }
  }
}

/** A legend whose labels read in the theme's text colour. */
export const legend = () => ({ labels: { color: theme.colours.text, boxWidth: 12 } })

/** A chart of values per epoch: the epoch along x, the values (formatted) up y. */
export const epochScales = (format: (value: number) => string) => ({ x: categoryAxis(t().charts.epoch), y: valueAxis(format) })
