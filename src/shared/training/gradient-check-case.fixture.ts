import type { HiddenActivation, OutputActivation } from '../network/activation-functions'
import type { Architecture } from '../network/architecture'
import { sampleCost, type Cost } from '../network/costs'
import { FastNet } from './fast-net'
import { initNetwork } from '../network/init'
import type { Network } from '../network/network'
import { Rng } from '../network/rng'
import { toSparseImages, type SparseImages } from './sparse-images'

/** The output and cost pairs a network can have (softmax only with cross-entropy). */
export const OUTPUT_COST_PAIRS: Array<[OutputActivation, Cost]> = [
  ['sigmoid', 'quadratic'],
  ['sigmoid', 'cross-entropy'],
  ['softmax', 'cross-entropy']
]

/**
 * What a backpropagation test checks against (the reference trainer's and the WebAssembly kernels'): a
 * 12-7-5-4 network, one image of 12 pixels with some blank (blank inputs must get no gradient), and ∂C/∂p
 * of every parameter by float64 central differences, in the [in][out] layout FastNet and the kernels use.
 */
export function gradientCheckCase(hidden: HiddenActivation, output: OutputActivation, cost: Cost, h = 1e-6) {
  const rng = new Rng(7)
  const architecture: Architecture = { layers: [12, 7, 5, 4], hiddenActivation: hidden, outputActivation: output, cost }
  const network: Network = initNetwork(architecture, 'xavier', rng)
  // Non-zero biases so no ReLU sits exactly on its kink.
  network.biases.forEach((b) => b.forEach((_, j) => (b[j] = 0.1 * rng.normal() + 0.05)))
  const pixels = Uint8Array.from({ length: 12 }, (_, k) => (k % 4 === 1 ? 0 : 1 + rng.nextInt(255)))
  const image: SparseImages = toSparseImages(pixels, Uint8Array.of(2), 12)

  const probe = FastNet.from(network)
  const costOf = () => sampleCost(cost, output, probe.forwardSparse(image, 0), 2)
  const numeric = (params: Float64Array[]) =>
    params.map((values) =>
      Float64Array.from(values, (saved, i) => {
        values[i] = saved + h
        const up = costOf()
        values[i] = saved - h
        const down = costOf()
        values[i] = saved
        return (up - down) / (2 * h)
      })
    )
  return { architecture, network, image, gradient: { wt: numeric(probe.wt), b: numeric(probe.b) } }
}
