import { describe, expect, it } from 'vitest'
import type { Architecture } from '../network/architecture'
import { initNetwork } from '../network/init'
import { Rng } from '../network/rng'
import { costOfDrawing, oneStepDownhill, targetOf } from './one-step'

const CLASSIC: Architecture = { layers: [784, 16, 16, 10], hiddenActivation: 'sigmoid', outputActivation: 'sigmoid', cost: 'quadratic' }

/** A made-up drawing: a vertical bar of ink, as a 1 might be. */
function bar(): Float32Array {
  const input = new Float32Array(784)
  for (let row = 4; row < 24; row++) input[row * 28 + 14] = input[row * 28 + 13] = 1
  return input
}

describe('the cost of one drawing and one step downhill', () => {
  it('the cost is Σ(a − y)² with y 1 for the right digit and 0 elsewhere', () => {
    const outputs = [0.1, 0.2, 0.9, 0, 0, 0, 0, 0, 0, 0.5]
    const { terms, total } = costOfDrawing(outputs, 2)
    expect(targetOf(2, 10)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0])
    expect(terms.map((term) => Number(term.toFixed(6)))).toEqual([0.01, 0.04, 0.01, 0, 0, 0, 0, 0, 0, 0.25])
    expect(total).toBeCloseTo(0.01 + 0.04 + 0.01 + 0.25, 12)
  })

  it('the right output goes up and the cost goes down after one step, on a copy', () => {
    for (const seed of [1, 2, 3]) {
      const network = initNetwork(CLASSIC, 'normal', new Rng(seed))
      const copyOfWeights = network.weights.map((w) => Float32Array.from(w))
      for (const label of [1, 7]) {
        const step = oneStepDownhill(network, bar(), label)
        expect(step.outputsAfter[label]).toBeGreaterThan(step.outputsBefore[label])
        expect(step.zAfter[label]).toBeGreaterThan(step.zBefore[label])
        expect(step.after).toBeLessThan(step.before)
        expect(step.before).toBeCloseTo(costOfDrawing(network.predict(bar()).outputs, label).total, 6)
        // Each output wants to move towards its target: up for the right digit, down for the others.
        step.wants.forEach((want, j) => expect(Math.sign(want)).toBe(j === label ? 1 : -1))
        expect(step.hiddenChanges.map((layer) => layer.length)).toEqual([16, 16])
        expect(step.largest).toHaveLength(6)
        for (let i = 1; i < step.largest.length; i++) expect(Math.abs(step.largest[i].change)).toBeLessThanOrEqual(Math.abs(step.largest[i - 1].change))
      }
      network.weights.forEach((w, l) => expect(w).toEqual(copyOfWeights[l]))
    }
  })

  it('a network trained with cross-entropy is stepped on Σ(a − y)² too, and a softmax one on its own cost', () => {
    const sigmoid = initNetwork({ ...CLASSIC, cost: 'cross-entropy' }, 'normal', new Rng(5))
    const step = oneStepDownhill(sigmoid, bar(), 4)
    expect(step.after).toBeLessThan(step.before)
    const softmax = initNetwork({ ...CLASSIC, outputActivation: 'softmax', cost: 'cross-entropy' }, 'xavier', new Rng(6))
    const soft = oneStepDownhill(softmax, bar(), 4)
    expect(soft.outputsAfter[4]).toBeGreaterThan(soft.outputsBefore[4])
  })

  it('takes well under 16 ms for 784-16-16-10', () => {
    const network = initNetwork(CLASSIC, 'normal', new Rng(9))
    const input = bar()
    oneStepDownhill(network, input, 3)
    const started = performance.now()
    for (let i = 0; i < 10; i++) oneStepDownhill(network, input, 3)
    const each = (performance.now() - started) / 10
    console.log(`one step downhill: ${each.toFixed(2)} ms`)
    expect(each).toBeLessThan(16)
  })
})
