/**
 * User Timing marks around the drawing hot path (pointer move → preprocess → forward → charts), so the
 * benchmark can read `performance.getEntriesByName(DRAW_UPDATE)` from the real renderer.
 */
export const DRAW_UPDATE = 'digitscope:draw-update'
let pending: number | undefined

export function startDrawUpdate(): void {
  pending = performance.now()
}

/** Called once the charts have redrawn for the latest input. */
export function endDrawUpdate(): void {
  if (pending === undefined) return
  performance.measure(DRAW_UPDATE, { start: pending, end: performance.now() })
  if (performance.getEntriesByName(DRAW_UPDATE).length > 10_000) performance.clearMeasures(DRAW_UPDATE)
  pending = undefined
}
