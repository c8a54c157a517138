import { backprop } from '../network/backprop'
import { Network } from '../network/network'

/**
 * The lesson's last step, after the next chapter (3Blue1Brown, "Gradient descent, how neural networks
 * learn"): the cost of one drawing, which way each output wants to move, and one small step downhill on that
 * drawing alone. The gradient is `backprop`'s, the reference the trainers are tested against.
 */

/** What the outputs should be for a drawing of `label`: 1 for its digit, 0 elsewhere. */
export const targetOf = (label: number, outputs: number): number[] => Array.from({ length: outputs }, (_, j) => (j === label ? 1 : 0))

/** Each output's (a − y)² and their sum: the next chapter's cost of one drawing. */
export function costOfDrawing(outputs: ArrayLike<number>, label: number): { terms: number[]; total: number } {
  const terms = Array.from(outputs, (a, j) => (a - (j === label ? 1 : 0)) ** 2)
  return { terms, total: terms.reduce((sum, term) => sum + term, 0) }
}

/** One number of the network that the step would move: `layer` 1 is the first hidden layer's weights. */
export interface Nudge {
  layer: number
  /** The neuron the weight leads to, in `layer`. */
  to: number
  /** The neuron of the layer before it leads from (null: the neuron's bias). */
  from: number | null
  /** How far one step moves it: −η · ∂C/∂w. */
  change: number
}

export interface OneStep {
  /** The cost before and after, each Σ(a − y)². */
  before: number
  after: number
  outputsBefore: Float32Array
  outputsAfter: Float32Array
  /**
   * The outputs' z, before σ. Where an output is almost 1 already, σ is nearly flat and its a may not move
   * in float32 at all; z moves the same way as a (σ only rises), and visibly.
   */
  zBefore: Float32Array
  zAfter: Float32Array
  /** −∂C/∂a for each output, 2(y − a): positive where the output wants to be brighter. */
  wants: number[]
  /** Per hidden layer, how much each neuron's bias would move (−η · ∂C/∂b): the neurons the step moves most. */
  hiddenChanges: number[][]
  /** The numbers the step moves most, largest first. */
  largest: Nudge[]
  /** The network after the step: a copy; the one given is left as it was. */
  network: Network
}

/** How far one step goes: η on the gradient of Σ(a − y)², small enough to stay downhill, big enough to see. */
export const STEP_SIZE = 1

/**
 * One step of gradient descent on one drawing: w ← w − η ∂C/∂w with C = Σ(a − y)² (for a softmax output, the
 * network's own cross-entropy, the only cost it pairs with). Works on a copy.
 */
export function oneStepDownhill(network: Network, input: ArrayLike<number>, label: number, eta = STEP_SIZE, keep = 6): OneStep {
  const { architecture } = network
  // backprop's quadratic cost is ½Σ(a − y)²: the gradient of Σ(a − y)² is twice it.
  const quadratic = architecture.outputActivation === 'sigmoid'
  const scale = quadratic ? 2 : 1
  const reference = quadratic && architecture.cost !== 'quadratic' ? new Network({ ...architecture, cost: 'quadratic' }, network.weights, network.biases) : network
  const gradient = backprop(reference, input, label)
  const weights = network.weights.map((w, l) => Float32Array.from(w, (value, i) => value - eta * scale * gradient.weights[l][i]))
  const biases = network.biases.map((b, l) => Float32Array.from(b, (value, j) => value - eta * scale * gradient.biases[l][j]))
  const after = new Network(architecture, weights, biases)
  const [was, is] = [network.forward(input), after.forward(input)]
  const last = architecture.layers.length - 1
  const [outputsBefore, outputsAfter] = [was.a[last], is.a[last]]
  const layers = architecture.layers
  const largest: Nudge[] = []
  for (let l = 0; l < gradient.weights.length; l++) {
    const inputs = layers[l]
    gradient.weights[l].forEach((g, i) => consider(largest, { layer: l + 1, to: Math.floor(i / inputs), from: i % inputs, change: -eta * scale * g }, keep))
    gradient.biases[l].forEach((g, j) => consider(largest, { layer: l + 1, to: j, from: null, change: -eta * scale * g }, keep))
  }
  return {
    before: costOfDrawing(outputsBefore, label).total,
    after: costOfDrawing(outputsAfter, label).total,
    outputsBefore,
    outputsAfter,
    zBefore: was.z[last],
    zAfter: is.z[last],
    wants: Array.from(outputsBefore, (a, j) => 2 * ((j === label ? 1 : 0) - a)),
    hiddenChanges: gradient.biases.slice(0, -1).map((g) => Array.from(g, (value) => -eta * scale * value)),
    largest,
    network: after
  }
}

/** Keeps the `keep` nudges of largest size, largest first (a few hundred comparisons at most per weight: cheap). */
function consider(largest: Nudge[], nudge: Nudge, keep: number): void {
  const size = Math.abs(nudge.change)
  if (largest.length === keep && size <= Math.abs(largest[keep - 1].change)) return
  let at = largest.length
  while (at > 0 && Math.abs(largest[at - 1].change) < size) at--
  largest.splice(at, 0, nudge)
  if (largest.length > keep) largest.pop()
}
