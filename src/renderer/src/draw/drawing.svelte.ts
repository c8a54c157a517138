import type { GrayImage } from '../../../shared/digits/preprocess'

export type Point = [x: number, y: number]

/** The pad's side in drawing units; strokes are stored in these, whatever the on-screen size. */
export const PAD = 280
/**
 * Pen width in drawing units. A digit drawn to fill most of the pad shrinks by about 20/200, so strokes
 * come out 2–3 px wide at 28 × 28, like MNIST's.
 */
export const PEN = 22
const RASTER = PAD / 2

/** The user's strokes, with undo; rasterised for preprocessing on an offscreen canvas. */
export class Drawing {
  strokes = $state.raw<Point[][]>([])
  /** What the last clear wiped, so Undo brings it back (until a new stroke begins). */
  private cleared = $state.raw<Point[][] | null>(null)
  private raster: OffscreenCanvas | HTMLCanvasElement | undefined
  private readonly rasterPainted: Painted = { strokes: 0, points: 0 }

  get empty(): boolean {
    return this.strokes.length === 0
  }

  /** Whether Undo has something to do: a stroke to take back, or a cleared drawing to restore. */
  get canUndo(): boolean {
    return this.strokes.length > 0 || this.cleared !== null
  }

  begin(point: Point): void {
    this.cleared = null
    this.strokes = [...this.strokes, [point]]
  }

  extend(point: Point): void {
    const last = this.strokes.at(-1)
    if (!last) return
    this.strokes = [...this.strokes.slice(0, -1), [...last, point]]
  }

  undo(): void {
    if (this.strokes.length === 0 && this.cleared) {
      this.strokes = this.cleared
      this.cleared = null
      return
    }
    this.strokes = this.strokes.slice(0, -1)
  }

  clear(): void {
    if (this.strokes.length > 0) this.cleared = this.strokes
    this.strokes = []
  }

  /**
   * The strokes as brightness (ink = 1), rasterised at half the pad's resolution: the digit ends up
   * 20 px tall anyway, and a quarter of the pixels keeps every stroke update well inside a frame.
   */
  image(): GrayImage {
    const size = RASTER
    this.raster ??= typeof OffscreenCanvas === 'undefined' ? Object.assign(document.createElement('canvas'), { width: size, height: size }) : new OffscreenCanvas(size, size)
    const context = this.raster.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D
    context.setTransform(size / PAD, 0, 0, size / PAD, 0, 0)
    paintStrokes(context, this.strokes, '#fff', '#000', this.rasterPainted)
    const rgba = context.getImageData(0, 0, size, size).data
    const pixels = new Float32Array(size * size)
    for (let i = 0; i < pixels.length; i++) pixels[i] = rgba[i * 4] / 255
    return { width: size, height: size, pixels }
  }
}

/** How much of the strokes a canvas already shows, so the next paint adds only what is new. */
export interface Painted {
  strokes: number
  /** Points of the last painted stroke. */
  points: number
}

/**
 * Brings a canvas up to date with the strokes: only the new segments when strokes have grown (every
 * pointer move), everything again after an undo or a clear. Round pen, straight segments between the
 * (coalesced, so dense) pointer samples.
 */
export function paintStrokes(context: CanvasRenderingContext2D, strokes: Point[][], color: string, background: string, painted: Painted): void {
  const last = painted.strokes - 1
  const shrunk = strokes.length < painted.strokes || (last >= 0 && strokes[last].length < painted.points)
  if (shrunk || painted.strokes === 0) {
    context.fillStyle = background
    context.fillRect(0, 0, PAD, PAD)
    painted.strokes = 0
    painted.points = 0
  }
  context.strokeStyle = color
  context.fillStyle = color
  context.lineWidth = PEN
  context.lineCap = 'round'
  context.lineJoin = 'round'
  for (let s = Math.max(0, painted.strokes - 1); s < strokes.length; s++) {
    const stroke = strokes[s]
    const from = s === painted.strokes - 1 ? Math.max(0, painted.points - 1) : 0
    if (stroke.length === 1) {
      context.beginPath()
      context.arc(stroke[0][0], stroke[0][1], PEN / 2, 0, Math.PI * 2)
      context.fill()
    } else if (from < stroke.length - 1) {
      context.beginPath()
      context.moveTo(stroke[from][0], stroke[from][1])
      for (let i = from + 1; i < stroke.length; i++) context.lineTo(stroke[i][0], stroke[i][1])
      context.stroke()
    }
  }
  painted.strokes = strokes.length
  painted.points = strokes.at(-1)?.length ?? 0
}
