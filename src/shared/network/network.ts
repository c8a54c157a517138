import { argmax } from './argmax'
import { activateHidden, activateOutput } from './activation-functions'
import type { Architecture } from './architecture'
import { neuronInput } from './neuron'
import type { WeightsAndBiases } from './weights-and-biases'

/** Every layer's weighted inputs z and activations a; index 0 is the input layer (its z is empty). */
export interface Activations {
  z: Float32Array[]
  a: Float32Array[]
}

/** The network in its canonical layout. One implementation for worker, main, CLI and renderer. */
export class Network implements WeightsAndBiases {
  constructor(
    readonly architecture: Architecture,
    readonly weights: Float32Array[],
    readonly biases: Float32Array[]
  ) {
    const { layers } = architecture
    if (weights.length !== layers.length - 1 || biases.length !== layers.length - 1) {
      throw new Error(`a ${layers.length}-layer network needs ${layers.length - 1} weight matrices and bias vectors`)
    }
    for (let l = 0; l + 1 < layers.length; l++) {
      if (weights[l].length !== layers[l] * layers[l + 1] || biases[l].length !== layers[l + 1]) {
        throw new Error(`layer ${l + 1}: expected ${layers[l + 1]}×${layers[l]} weights and ${layers[l + 1]} biases`)
      }
    }
  }

  static zeros(architecture: Architecture): Network {
    const { layers } = architecture
    return new Network(
      architecture,
      layers.slice(1).map((out, l) => new Float32Array(out * layers[l])),
      layers.slice(1).map((out) => new Float32Array(out))
    )
  }

  get layers(): number[] {
    return this.architecture.layers
  }

  /**
   * The reference forward pass, as the lecture writes it: layer after layer, every neuron j takes
   * z = (W·a)ⱼ + bⱼ over the whole previous layer, and a' = σ(z). Every z and a is kept (the app draws
   * them). Training and evaluation use FastNet, which a test holds equal to this.
   */
  forward(input: ArrayLike<number>): Activations {
    const { layers, hiddenActivation, outputActivation } = this.architecture
    if (input.length !== layers[0]) throw new Error(`expected ${layers[0]} inputs, got ${input.length}`)
    const z: Float32Array[] = [new Float32Array(0)]
    const a: Float32Array[] = [Float32Array.from(input)]
    for (let l = 1; l < layers.length; l++) {
      const W = this.weights[l - 1] // [out][in]: row j is neuron j's weights
      const b = this.biases[l - 1]
      const zl = Float32Array.from({ length: layers[l] }, (_, j) => neuronInput(W, j, a[l - 1], b[j]))
      const al = new Float32Array(layers[l])
      if (l === layers.length - 1) activateOutput(outputActivation, zl, al)
      else activateHidden(hiddenActivation, zl, al)
      z.push(zl)
      a.push(al)
    }
    return { z, a }
  }

  /** The brightest output neuron and how bright it is. */
  predict(input: ArrayLike<number>): { label: number; confidence: number; outputs: Float32Array } {
    const outputs = this.forward(input).a[this.layers.length - 1]
    const label = argmax(outputs)
    return { label, confidence: label === -1 ? NaN : outputs[label], outputs }
  }
}
