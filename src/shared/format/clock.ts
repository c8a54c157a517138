/** A duration as m:ss, the way a progress bar counts down ("–:––" when it is not known yet). */
export function minutesSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–:––'
  const s = Math.max(0, Math.round(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
