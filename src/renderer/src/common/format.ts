import { t } from './i18n/i18n.svelte'
import { withMinus } from './i18n/numbers'

const formats = new Map<string, Intl.NumberFormat>()

/** One Intl formatter per language and style, made once: formatting runs in lists of thousands of rows. */
function format(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = t().locale
  const key = `${locale} ${JSON.stringify(options)}`
  let formatter = formats.get(key)
  if (!formatter) formats.set(key, (formatter = new Intl.NumberFormat(locale, options)))
  return formatter
}

/** A whole number as the UI's language writes it: 60000 → "60,000". */
export function formatCount(n: number): string {
  return format({ maximumFractionDigits: 0 }).format(Math.round(n))
}

/** A value with a fixed number of decimals in the UI's language: (−2.345, 2) → "−2.35". */
export function formatDecimal(value: number, digits = 2): string {
  return withMinus(format({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value))
}

/**
 * An activation, 0…1, with three decimals — or, below 0.001, two significant digits (0.00029), so a
 * squashed neuron never reads as exactly 0, which σ never reaches.
 */
export function formatActivation(a: number): string {
  return a !== 0 && Math.abs(a) < 0.001 ? withMinus(format({ maximumSignificantDigits: 2 }).format(a)) : formatDecimal(a, 3)
}

/** A fraction as a percentage in the UI's language: 0.9512 → "95.1%"; null → "—". */
export function formatPercent(fraction: number | null, digits = 1): string {
  return fraction === null ? '—' : format({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fraction)
}

const BYTE_UNITS = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3]
] as const

/** A size on disk in the UI's language, in decimal units: 534123456 → "534 MB", 2345 → "2.3 kB". */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of BYTE_UNITS) {
    if (bytes >= size) return format({ style: 'unit', unit, maximumFractionDigits: bytes / size < 10 ? 1 : 0 }).format(bytes / size)
  }
  return format({ style: 'unit', unit: 'byte', maximumFractionDigits: 0 }).format(bytes)
}

export function formatDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(t().locale, { dateStyle: 'medium', timeStyle: 'short' })
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—'
  if (seconds < 60) return t().format.seconds(seconds.toFixed(1))
  const minutes = Math.floor(seconds / 60)
  return t().format.minutesSeconds(minutes, Math.round(seconds - minutes * 60))
}
