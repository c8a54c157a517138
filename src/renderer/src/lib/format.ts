import { t } from './i18n/i18n.svelte'

/** 60000 → "60 000", grouped with a narrow no-break space as in the issue texts and SI style. */
export function formatCount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')
}

export function formatPercent(fraction: number | null, digits = 1): string {
  return fraction === null ? '—' : `${(fraction * 100).toFixed(digits)}%`
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
