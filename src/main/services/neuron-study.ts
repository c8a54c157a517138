import type { HandBuiltResult, NeuronAnswer, NeuronProfileView, SwitchOffResult } from '../../shared/ipc/types'
import { firstLayerMaximiser, maximiseActivation } from '../../shared/analysis/activation-maximiser'
import { neuronProfile } from '../../shared/analysis/dataset-profile'
import { evaluate, type Evaluation } from '../../shared/training/evaluate'
import { withHandBuiltNeuron } from '../../shared/analysis/hand-built-neuron'
import type { Network } from '../../shared/network/network'
import type { NeuronRef } from '../../shared/network/neuron'
import type { Datasets } from './datasets'
import { DigitscopeError } from './errors/errors'
import type { VersionNetworks } from './version-networks'

const scores = (evaluation: Evaluation) => ({ accuracy: evaluation.accuracy, perClassAccuracy: evaluation.perClassAccuracy })

/**
 * What one neuron of a stored version does on the 10 000 test images — the lesson's "does the hope
 * hold?" and the neuron inspector's "what it responds to": its dataset profile, the input that excites it
 * most, what switching it off costs, and what a hand-built first-layer neuron does in its place.
 */
export class NeuronStudy {
  constructor(
    private readonly networks: VersionNetworks,
    private readonly datasets: Datasets
  ) {}

  profile(versionId: number, ref: NeuronRef): NeuronProfileView {
    const network = this.network(versionId, ref, 'any')
    const profile = neuronProfile(network, ref, this.networks.test())
    const sample = (index: number) => this.datasets.samples('test', index, 1)[0]
    return {
      top: profile.top.map(({ index, z }) => ({ ...sample(index), z })),
      spread: profile.spread.map(({ index, z, quantile }) => ({ ...sample(index), z, quantile })),
      meanActivationByDigit: profile.meanActivationByDigit
    }
  }

  maximise(versionId: number, ref: NeuronRef): NeuronAnswer {
    const network = this.network(versionId, ref, 'any')
    const found = maximiseActivation(network, ref)
    const exact = ref.layer === 1 ? firstLayerMaximiser(network, ref.neuron) : null
    const exactZ = exact ? network.forward(exact).z[1][ref.neuron] : null
    return { image: Array.from(found.image), z: found.z, history: found.history, exact: exact ? Array.from(exact) : null, exactZ }
  }

  switchOff(versionId: number, ref: NeuronRef): SwitchOffResult {
    const network = this.network(versionId, ref, 'hidden')
    const test = this.networks.test()
    return { before: scores(evaluate(network, test)), after: scores(evaluate(network, test, ref)) }
  }

  handBuilt(versionId: number, neuron: number, weights: number[], bias: number): HandBuiltResult {
    const network = this.network(versionId, { layer: 1, neuron }, 'hidden')
    const test = this.networks.test()
    const changed = withHandBuiltNeuron(network, neuron, weights, bias)
    return {
      before: scores(evaluate(network, test)),
      after: scores(evaluate(changed, test)),
      meanActivationByDigit: neuronProfile(changed, { layer: 1, neuron }, test, 0).meanActivationByDigit
    }
  }

  private network(versionId: number, ref: NeuronRef, which: 'any' | 'hidden'): Network {
    const { network } = this.networks.load(versionId)
    const last = network.layers.length - 1
    const maxLayer = which === 'hidden' ? last - 1 : last
    if (ref.layer < 1 || ref.layer > maxLayer) {
      throw new DigitscopeError('invalid-argument', `Version ${versionId} has ${which === 'hidden' ? 'hidden ' : ''}layers 1 to ${maxLayer}, not ${ref.layer}.`)
    }
    if (ref.neuron >= network.layers[ref.layer]) {
      throw new DigitscopeError('invalid-argument', `Layer ${ref.layer} of version ${versionId} has ${network.layers[ref.layer]} neurons, so there is no neuron ${ref.neuron}.`)
    }
    return network
  }
}
