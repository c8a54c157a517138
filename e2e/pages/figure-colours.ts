import type { Locator, Page } from '@playwright/test'

/** Relative luminance (WCAG) of an sRGB colour given as 0…255 channels. */
export function luminance([r, g, b]: readonly number[]): number {
  const [lr, lg, lb] = [r, g, b].map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb
}

/**
 * The colours a canvas has painted, read back with getImageData: the pixel at each of `points`, given in
 * the canvas's own coordinates (its width × height, not CSS pixels). The canvas is found by `selector`.
 */
export async function canvasColours(page: Page, selector: string, points: Array<[x: number, y: number]>): Promise<number[][]> {
  // A string, as the node project has no DOM types.
  return page.evaluate(`(() => {
    const canvas = document.querySelector(${JSON.stringify(selector)})
    const context = canvas.getContext('2d')
    return ${JSON.stringify(points)}.map(([x, y]) => Array.from(context.getImageData(Math.floor(x), Math.floor(y), 1, 1).data.slice(0, 3)))
  })()`)
}

/** The luminance of every cell of a 28 × 28 input grid's canvas, row by row (each cell's centre). */
export async function gridLuminances(page: Page, selector: string, scale: number): Promise<number[]> {
  const points = Array.from({ length: 784 }, (_, i): [number, number] => [(i % 28) * scale + scale / 2, Math.floor(i / 28) * scale + scale / 2])
  return (await canvasColours(page, selector, points)).map(luminance)
}

/** Points the mouse at cell `i` (row-major) of a 28 × 28 grid shown by `grid`. */
export async function pointAtCell(grid: Locator, i: number): Promise<void> {
  const box = await grid.boundingBox()
  if (!box) throw new Error('the grid is not visible')
  await grid.page().mouse.move(box.x + ((i % 28) + 0.5) * (box.width / 28), box.y + (Math.floor(i / 28) + 0.5) * (box.height / 28))
}

/** The colour of each of `count` bars a bar chart's canvas has painted, `above` CSS pixels over its bottom. */
export async function barColours(page: Page, selector: string, count: number, above: number): Promise<number[][]> {
  return page.evaluate(`(() => {
    const canvas = document.querySelector(${JSON.stringify(selector)})
    const context = canvas.getContext('2d')
    const ratio = canvas.width / canvas.clientWidth
    return Array.from({ length: ${count} }, (_, i) => Array.from(context.getImageData(Math.floor(((i + 0.5) * canvas.width) / ${count}), Math.floor(canvas.height - ${above} * ratio), 1, 1).data.slice(0, 3)))
  })()`)
}
