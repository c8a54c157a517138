import { activateHidden, activateOutput, hiddenDerivative } from './activation-functions'
import { outputDelta } from './costs'
import type { Network } from './network'
import { neuronInput } from './neuron'

/** ∂C/∂w and ∂C/∂b for every weight and bias, laid out as the network's own (weights[l][j * in + k]). */
export interface Gradient {
  weights: Float64Array[]
  biases: Float64Array[]
}

/**
 * Backpropagation as Nielsen's network.py writes it, on the network as the lecture draws it: how the cost
 * C of one image (its label the one-hot target y) changes with each of the network's numbers.
 *
 *   forward, keeping every activation a⁽ˡ⁾
 *   δ⁽ᴸ⁾ = ∂C/∂z⁽ᴸ⁾                          (the output layer: costs.ts, outputDelta)
 *   δ⁽ˡ⁾ = ((W⁽ˡ⁺¹⁾)ᵀ δ⁽ˡ⁺¹⁾) ⊙ f′(z⁽ˡ⁾)     (each layer back from the one after it)
 *   ∂C/∂b⁽ˡ⁾ⱼ = δ⁽ˡ⁾ⱼ     ∂C/∂W⁽ˡ⁾ⱼₖ = δ⁽ˡ⁾ⱼ · a⁽ˡ⁻¹⁾ₖ
 *
 * Plain loops in float64, one image at a time: slow and obvious. It is the reference that the fast paths
 * (training/sgd.ts on the transposed layout, and the WebAssembly kernels) are tested against.
 */
export function backprop(network: Network, x: ArrayLike<number>, label: number): Gradient {
  const { layers, hiddenActivation, outputActivation, cost } = network.architecture
  const last = layers.length - 1
  const a: Float64Array[] = [Float64Array.from(x)]
  for (let l = 1; l <= last; l++) {
    const W = network.weights[l - 1] // [out][in]
    const b = network.biases[l - 1]
    const z = Float64Array.from({ length: layers[l] }, (_, j) => neuronInput(W, j, a[l - 1], b[j]))
    const activation = new Float64Array(layers[l])
    if (l === last) activateOutput(outputActivation, z, activation)
    else activateHidden(hiddenActivation, z, activation)
    a.push(activation)
  }

  const weights = layers.slice(1).map((out, l) => new Float64Array(out * layers[l]))
  const biases = layers.slice(1).map((out) => new Float64Array(out))
  let delta = new Float64Array(layers[last])
  outputDelta(cost, a[last], label, delta)
  for (let l = last; l >= 1; l--) {
    const inputs = layers[l - 1]
    biases[l - 1].set(delta)
    for (let j = 0; j < delta.length; j++) {
      for (let k = 0; k < inputs; k++) weights[l - 1][j * inputs + k] = delta[j] * a[l - 1][k]
    }
    if (l === 1) break
    const W = network.weights[l - 1]
    const before = new Float64Array(inputs)
    for (let k = 0; k < inputs; k++) {
      let sum = 0
      for (let j = 0; j < delta.length; j++) sum += W[j * inputs + k] * delta[j]
      before[k] = sum * hiddenDerivative(hiddenActivation, a[l - 1][k])
    }
    delta = before
  }
  return { weights, biases }
}
