/**
 * User Timing marks around the drawing hot path (pointer move → preprocess → forward → charts), so the
 * benchmark can read `performance.getEntriesByName(DRAW_UPDATE)` from the real renderer.
 */
export const DRAW_UPDATE = 'digitscope:draw-update'
let pending: number | undefined

export function startDrawUpdate(): void {
  pending = performance.now()
}

/**
 * Called from the output chart's effect; the measure closes in a microtask, after every other effect of
 * the same update (hidden-layer charts, the network diagram, the input grid) has run too.
 */
export function endDrawUpdate(): void {
  if (pending === undefined) return
  const start = pending
  pending = undefined
  queueMicrotask(() => {
    performance.measure(DRAW_UPDATE, { start, end: performance.now() })
    if (performance.getEntriesByName(DRAW_UPDATE).length > 10_000) performance.clearMeasures(DRAW_UPDATE)
  })
}
