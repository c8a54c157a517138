import type { GrayImage } from '../../../shared/digits/preprocess'

export type Point = [x: number, y: number]

/** The pad's side in drawing units; strokes are stored in these, whatever the on-screen size. */
export const PAD = 280
/**
 * Pen width in drawing units. A digit drawn to fill most of the pad shrinks by about 20/200, so strokes
 * come out 2–3 px wide at 28 × 28, like MNIST's.
 */
export const PEN = 22

/** The user's strokes, with undo; rasterised for preprocessing on an offscreen canvas. */
export class Drawing {
  strokes = $state.raw<Point[][]>([])
  private raster: OffscreenCanvas | HTMLCanvasElement | undefined

  get empty(): boolean {
    return this.strokes.length === 0
  }

  begin(point: Point): void {
    this.strokes = [...this.strokes, [point]]
  }

  extend(point: Point): void {
    const last = this.strokes.at(-1)
    if (!last) return
    this.strokes = [...this.strokes.slice(0, -1), [...last, point]]
  }

  undo(): void {
    this.strokes = this.strokes.slice(0, -1)
  }

  clear(): void {
    this.strokes = []
  }

  /** The strokes as brightness (ink = 1) at PAD × PAD. */
  image(): GrayImage {
    this.raster ??= typeof OffscreenCanvas === 'undefined' ? Object.assign(document.createElement('canvas'), { width: PAD, height: PAD }) : new OffscreenCanvas(PAD, PAD)
    const context = this.raster.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D
    context.fillStyle = '#000'
    context.fillRect(0, 0, PAD, PAD)
    paintStrokes(context, this.strokes, '#fff')
    const rgba = context.getImageData(0, 0, PAD, PAD).data
    const pixels = new Float32Array(PAD * PAD)
    for (let i = 0; i < pixels.length; i++) pixels[i] = rgba[i * 4] / 255
    return { width: PAD, height: PAD, pixels }
  }
}

/** Round pen strokes, smoothed through the midpoints of successive points. */
export function paintStrokes(context: CanvasRenderingContext2D, strokes: Point[][], color: string): void {
  context.strokeStyle = color
  context.fillStyle = color
  context.lineWidth = PEN
  context.lineCap = 'round'
  context.lineJoin = 'round'
  for (const stroke of strokes) {
    if (stroke.length === 1) {
      context.beginPath()
      context.arc(stroke[0][0], stroke[0][1], PEN / 2, 0, Math.PI * 2)
      context.fill()
      continue
    }
    context.beginPath()
    context.moveTo(stroke[0][0], stroke[0][1])
    for (let i = 1; i < stroke.length - 1; i++) {
      const [x, y] = stroke[i]
      const [nx, ny] = stroke[i + 1]
      context.quadraticCurveTo(x, y, (x + nx) / 2, (y + ny) / 2)
    }
    const end = stroke[stroke.length - 1]
    context.lineTo(end[0], end[1])
    context.stroke()
  }
}
