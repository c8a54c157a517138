/** What the line and bar charts share: sized by their box, drawn without animation, axes in muted colours. */
const AXIS_TEXT = '#9aa6bf'
export const GRID_LINE = '#2b3650'
export const LEGEND_TEXT = '#e8ecf4'

export const CHART_BASE = { responsive: true, maintainAspectRatio: false, animation: false } as const

export const axisTitle = (text: string) => ({ display: true, text, color: AXIS_TEXT })

/** An x axis of categories (epochs, digits), titled, without grid lines. */
export function categoryAxis(title: string) {
  return { title: axisTitle(title), ticks: { color: AXIS_TEXT }, grid: { display: false } }
}

/** A y axis whose ticks read as `format` writes them, over grid lines. */
export function valueAxis(format: (value: number) => string) {
  return { ticks: { color: AXIS_TEXT, callback: (value: number | string) => format(Number(value)) }, grid: { color: GRID_LINE } }
}
