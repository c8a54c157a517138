import type { NeuronHistory } from '../../shared/ipc/types'
import type { NeuronRef } from '../../shared/network/neuron'
import { unpackParams } from '../../shared/model/params'
import { architectureOfOrigin } from '../../shared/model/run-origin'
import { DigitscopeError } from './errors/errors'
import type { Store } from './store/store'

/** At most this many epochs are sent, spread evenly over a longer run (its first and last always among them). */
const MAX_HISTORY_EPOCHS = 200

/**
 * How one neuron's incoming weights formed over the stored epochs of a version's run — from its start, epoch
 * 0, where that was kept — and how far each layer's weights moved from one epoch to the next.
 */
export function neuronHistory(store: Store, versionId: number, ref: NeuronRef): NeuronHistory {
  const { summary } = store.versions.model(versionId)
  if (!summary.origin) throw new DigitscopeError('database', `Version ${versionId} has no readable network description.`)
  const architecture = architectureOfOrigin(summary.origin)
  const { layers } = architecture
  if (ref.layer < 1 || ref.layer >= layers.length || ref.neuron >= layers[ref.layer]) {
    throw new DigitscopeError('invalid-argument', `Version ${versionId} has no neuron ${ref.neuron} in layer ${ref.layer}.`)
  }
  const all = store.runs.epochParams(summary.runId)
  const kept = all.length <= MAX_HISTORY_EPOCHS ? all : Array.from({ length: MAX_HISTORY_EPOCHS }, (_, i) => all[Math.round((i * (all.length - 1)) / (MAX_HISTORY_EPOCHS - 1))])
  const inputs = layers[ref.layer - 1]
  const history: NeuronHistory = { epochs: [], weights: [], biases: [], movement: [] }
  let previous: Float32Array[] | null = null
  for (const { epoch, params } of kept) {
    const network = unpackParams(architecture, params)
    history.epochs.push(epoch)
    history.weights.push(Array.from(network.weights[ref.layer - 1].subarray(ref.neuron * inputs, (ref.neuron + 1) * inputs)))
    history.biases.push(network.biases[ref.layer - 1][ref.neuron])
    history.movement.push(network.weights.map((w, l) => (previous ? rmsChange(previous[l], w) : 0)))
    previous = network.weights
  }
  return history
}

function rmsChange(before: Float32Array, after: Float32Array): number {
  let sum = 0
  for (let i = 0; i < after.length; i++) sum += (after[i] - before[i]) ** 2
  return Math.sqrt(sum / after.length)
}
