import type { GrayImage } from './preprocess'

/**
 * An RGBA picture of a digit as ink brightness (ink = 1): transparent pixels count as paper; the paper's
 * colour is read from the border, so dark ink on light paper and light ink on a dark screen both work,
 * and grey paper does not read as faint ink.
 */
export function inkFromRgba(rgba: Uint8Array, width: number, height: number): GrayImage {
  const gray = new Float32Array(width * height)
  for (let i = 0; i < gray.length; i++) {
    const alpha = rgba[i * 4 + 3] / 255
    const luminance = (0.299 * rgba[i * 4] + 0.587 * rgba[i * 4 + 1] + 0.114 * rgba[i * 4 + 2]) / 255
    gray[i] = luminance * alpha + (1 - alpha) // over white paper
  }
  const border: number[] = []
  for (let x = 0; x < width; x++) border.push(gray[x], gray[(height - 1) * width + x])
  for (let y = 0; y < height; y++) border.push(gray[y * width], gray[y * width + width - 1])
  border.sort((a, b) => a - b)
  const paper = border[border.length >> 1]
  const lightPaper = paper >= 0.5
  const range = lightPaper ? paper : 1 - paper
  const pixels = new Float32Array(width * height)
  for (let i = 0; i < pixels.length; i++) {
    const ink = lightPaper ? paper - gray[i] : gray[i] - paper
    pixels[i] = range <= 0 ? 0 : Math.min(1, Math.max(0, ink / range))
  }
  return { width, height, pixels }
}
