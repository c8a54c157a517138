import { describe, expect, it, vi } from 'vitest'
import type { DigitSample } from '../../../shared/ipc/types'
import { Network } from '../../../shared/network/network'
import { ComparisonState } from '../compare/comparison.svelte'
import { Drawing } from './drawing.svelte'
import type { SelectedModel } from './model.svelte'
import { Reading } from './reading.svelte'

vi.mock('../common/api', () => import('../common/test-doubles').then((doubles) => doubles.apiDouble()))

const ARCHITECTURE = { layers: [784, 4, 10], hiddenActivation: 'sigmoid', outputActivation: 'sigmoid', cost: 'quadratic' } as const

/** A network whose output neuron `digit` has the largest bias, so it answers `digit` for any input. */
function answering(digit: number): Network {
  const network = Network.zeros({ ...ARCHITECTURE, layers: [...ARCHITECTURE.layers] })
  network.biases[1][digit] = 3
  return network
}

/** A diverged network: every weight NaN, so every output is. */
function diverged(): Network {
  const network = Network.zeros({ ...ARCHITECTURE, layers: [...ARCHITECTURE.layers] })
  network.weights.forEach((w) => w.fill(Number.NaN))
  return network
}

const sample: DigitSample = { split: 'test', index: 0, label: 7, pixels: Array.from({ length: 784 }, (_, i) => (i % 7 === 0 ? 255 : 0)) }
const reading = (network: Network | null) => new Reading(new Drawing(), { network } as SelectedModel)

describe('Drawing', () => {
  it('brings a cleared drawing back with Undo, until a new stroke begins', () => {
    const drawing = new Drawing()
    expect(drawing.canUndo).toBe(false)
    drawing.begin([10, 10])
    drawing.extend([20, 20])
    drawing.begin([30, 30])
    const strokes = drawing.strokes
    drawing.clear()
    expect(drawing.empty).toBe(true)
    expect(drawing.canUndo).toBe(true)
    drawing.undo()
    expect(drawing.strokes).toEqual(strokes)
    drawing.undo()
    expect(drawing.strokes).toHaveLength(1)
    drawing.clear()
    drawing.begin([5, 5])
    drawing.undo()
    expect(drawing.empty).toBe(true)
    expect(drawing.canUndo).toBe(false)
  })
})

describe('Reading', () => {
  it('reads a loaded image: its activations, the brightest output as the answer, and its share of the brightness', () => {
    const r = reading(answering(4))
    expect(r.prediction).toBeNull()
    r.load(sample)
    expect(r.input?.[0]).toBe(1)
    expect(r.activations?.a.map((a) => a.length)).toEqual([784, 4, 10])
    expect(r.prediction).toBe(4)
    expect(r.answer).toBe(4)
    expect(r.saveLabel).toBe(4)
    expect(r.confidence).toBeGreaterThan(0.1)
    expect(r.confidence).toBeLessThan(1)
    r.clear()
    expect(r.input).toBeNull()
    expect(r.answer).toBeNull()
  })

  it('gives no answer, rather than a 0 or a crash, when no output is a number', () => {
    const r = reading(diverged())
    r.load(sample)
    expect(r.prediction).toBe(-1)
    expect(r.answer).toBeNull()
    expect(r.confidence).toBeNull()
    expect(r.strongest(1)).toBe(-1)
    expect(r.saveLabel).toBe(0)
  })

  it('reads the same input with another version through `through`: what is loaded is shared, the network is not', () => {
    const draw = reading(answering(3))
    const lesson = draw.through({ network: answering(5) } as SelectedModel)
    draw.load(sample)
    expect([draw.answer, lesson.answer]).toEqual([3, 5])
    expect(lesson.sample).toBe(sample)
    expect(lesson.activation).toBeCloseTo(1 / (1 + Math.exp(-3)), 6)
    lesson.clear()
    expect([draw.input, draw.answer]).toEqual([null, null])
  })

  it('lets the user correct the label a drawing is saved with', () => {
    const r = reading(answering(4))
    r.load(sample)
    r.saveLabel = 9
    expect(r.saveLabel).toBe(9)
  })
})

describe('the comparison', () => {
  it('reads the input with every compared version; a diverged one has no answer', () => {
    const comparison = new ComparisonState([1, 2])
    comparison.compared = [1, 2].map((versionId) => ({ version: { versionId } }) as ComparisonState['compared'][number])
    comparison.networks = { 1: answering(3), 2: diverged() }
    const [first, second] = comparison.readingsOf(Float32Array.from(sample.pixels, (v) => v / 255))
    expect(first?.prediction).toBe(3)
    expect(second?.prediction).toBe(-1)
    comparison.networks = { 1: answering(3) }
    expect(comparison.readingsOf(new Float32Array(784))[1]).toBeNull()
  })
})
