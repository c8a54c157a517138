import { tick } from 'svelte'

/**
 * A User Timing measure around the drawing hot path (pointer move → preprocess → forward → bars, diagram
 * and input grid), so the benchmark can read `performance.getEntriesByName(DRAW_UPDATE)` from the real
 * renderer.
 */
export const DRAW_UPDATE = 'digitscope:draw-update'

/**
 * Call where an update starts. The measure closes once Svelte has applied the update (every effect has
 * drawn its canvas) and the browser has laid the page out again, so DOM bars and canvas bars are timed
 * to the same point: ready to paint. Forcing that layout costs nothing extra: the frame would do it next.
 */
export function timeDrawUpdate(): void {
  const start = performance.now()
  void tick().then(() => {
    document.documentElement.getBoundingClientRect()
    performance.measure(DRAW_UPDATE, { start, end: performance.now() })
    if (performance.getEntriesByName(DRAW_UPDATE).length > 10_000) performance.clearMeasures(DRAW_UPDATE)
  })
}
