import { edgePreset } from '../../../shared/lesson/edge-preset'
import { sigmoid } from '../../../shared/network/sigmoid'

export const SIDE = 28
export type Brush = 'positive' | 'negative' | 'erase'
const BRUSH_WEIGHT: Record<Brush, number> = { positive: 1, negative: -1, erase: 0 }

/**
 * A first-layer neuron the learner builds: a weight for each of the 784 pixels (+1, −1 or 0, painted)
 * and a bias. Its weighted sum over an input is the sum of the inputs under its positive pixels minus the
 * sum under its negative ones; z adds the bias; σ(z) is its activation.
 */
export class HandBuiltNeuron {
  weights = $state.raw<Float32Array>(new Float32Array(SIDE * SIDE))
  bias = $state(0)
  brush = $state<Brush>('positive')

  get painted(): boolean {
    return this.weights.some((w) => w !== 0)
  }

  paint(row: number, col: number): void {
    if (row < 0 || col < 0 || row >= SIDE || col >= SIDE) return
    const value = BRUSH_WEIGHT[this.brush]
    if (this.weights[row * SIDE + col] === value) return
    const next = this.weights.slice()
    next[row * SIDE + col] = value
    this.weights = next
  }

  clear(): void {
    this.weights = new Float32Array(SIDE * SIDE)
  }

  /** The lecture's example: a short horizontal edge in the upper middle (shared/lesson/edge-preset.ts). */
  presetEdge(): void {
    this.weights = edgePreset()
  }

  /** Starts from a trained neuron instead: its 784 weights (row `j` of a first layer's W) and its bias. */
  copyFrom(weights: ArrayLike<number>, j: number, bias: number): void {
    this.weights = Float32Array.from({ length: SIDE * SIDE }, (_, k) => weights[j * SIDE * SIDE + k])
    this.bias = bias
  }

  weightedSum(input: ArrayLike<number>): number {
    let sum = 0
    for (let k = 0; k < this.weights.length; k++) sum += this.weights[k] * input[k]
    return sum
  }

  z(input: ArrayLike<number>): number {
    return this.weightedSum(input) + this.bias
  }

  activation(input: ArrayLike<number>): number {
    return sigmoid(this.z(input))
  }
}
