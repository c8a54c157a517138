import { argmax } from './argmax'
import { activateHidden, activateOutput } from './activations'
import type { Architecture, Parameters } from './architecture'

/** Every layer's weighted inputs z and activations a; index 0 is the input layer (its z is empty). */
export interface Activations {
  z: Float32Array[]
  a: Float32Array[]
}

/** The network in its canonical layout. One implementation for worker, main, CLI and renderer. */
export class Network implements Parameters {
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

  /** Runs a' = f(W·a + b) layer after layer and keeps every z and a (the app draws them). */
  forward(input: ArrayLike<number>): Activations {
    const { layers, hiddenActivation, outputActivation } = this.architecture
    if (input.length !== layers[0]) throw new Error(`expected ${layers[0]} inputs, got ${input.length}`)
    const z: Float32Array[] = [new Float32Array(0)]
    const a: Float32Array[] = [Float32Array.from(input)]
    const last = layers.length - 1
    const scratch = new Int32Array(Math.max(...layers))
    for (let l = 1; l <= last; l++) {
      const inSize = layers[l - 1]
      const outSize = layers[l]
      const w = this.weights[l - 1] // [out][in]
      const b = this.biases[l - 1]
      const previous = a[l - 1]
      const zl = new Float32Array(outSize)
      // Drawn digits are mostly blank: visit only the inputs that are not zero.
      let active = 0
      for (let k = 0; k < inSize; k++) if (previous[k] !== 0) scratch[active++] = k
      let j = 0
      for (; j + 4 <= outSize; j += 4) {
        // Four neurons at a time, so each active input is read once per four rows of W.
        const r0 = j * inSize
        const r1 = r0 + inSize
        const r2 = r1 + inSize
        const r3 = r2 + inSize
        let s0 = b[j], s1 = b[j + 1], s2 = b[j + 2], s3 = b[j + 3]
        for (let t = 0; t < active; t++) {
          const k = scratch[t]
          const x = previous[k]
          s0 += w[r0 + k] * x
          s1 += w[r1 + k] * x
          s2 += w[r2 + k] * x
          s3 += w[r3 + k] * x
        }
        zl[j] = s0
        zl[j + 1] = s1
        zl[j + 2] = s2
        zl[j + 3] = s3
      }
      for (; j < outSize; j++) {
        let sum = b[j]
        const row = j * inSize
        for (let t = 0; t < active; t++) sum += w[row + scratch[t]] * previous[scratch[t]]
        zl[j] = sum
      }
      const al = new Float32Array(outSize)
      if (l === last) activateOutput(outputActivation, zl, al)
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
