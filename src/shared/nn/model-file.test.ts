import { describe, expect, it } from 'vitest'
import { initNetwork } from './init'
import { parseModelFile, toModelFile, type ModelMeta } from './model-file'
import { PRESETS } from './presets'
import { Rng } from './rng'
import { architectureOf } from './config'

const config = PRESETS.modern.config
const network = initNetwork(architectureOf(config), config.init, new Rng(9))
const meta: ModelMeta = {
  name: 'round trip',
  preset: 'modern',
  epoch: 3,
  training: config,
  metrics: { testAccuracy: 0.9, testCost: 0.3, trainCost: 0.2, perClassAccuracy: Array(10).fill(0.9), confusion: null },
  createdAt: '2026-11-29T00:00:00.000Z'
}
interface FileJson {
  weights: unknown[][][]
  biases: unknown[][]
  [field: string]: unknown
}
const fileOf = (): FileJson => JSON.parse(JSON.stringify(toModelFile(network, meta)))

describe('the model file format', () => {
  it('writes weights[l][j][k] as the weight from neuron k of layer l to neuron j of layer l+1, and reads back exactly', () => {
    const file = fileOf()
    expect(file).toMatchObject({ format: 'digitscope.model', formatVersion: 1, layers: [784, 16, 16, 10], hiddenActivation: 'relu' })
    expect(Math.fround(file.weights[1][3][5] as number)).toBe(network.weights[1][3 * 16 + 5])
    const { network: back, meta: backMeta } = parseModelFile(JSON.stringify(file))
    expect(back.weights).toEqual(network.weights)
    expect(back.biases).toEqual(network.biases)
    expect(backMeta).toEqual(meta)
    const input = Array.from({ length: 784 }, (_, k) => (k % 7) / 7)
    expect(back.predict(input).outputs).toEqual(network.predict(input).outputs)
  })

  it('rejects a wrong format, an unknown version, wrong shapes and non-finite numbers, saying where', () => {
    const cases: Array<[(file: FileJson) => unknown, RegExp]> = [
      [(f) => ({ ...f, format: 'onnx' }), /not a Digitscope model file: "format" must be "digitscope.model"/],
      [(f) => ({ ...f, formatVersion: 2 }), /unsupported model format version 2: this Digitscope reads version 1/],
      [(f) => ({ ...f, layers: [784, 16, 10] }), /needs 2 weight matrices/],
      [(f) => ({ ...f, weights: [f.weights[0].slice(1), f.weights[1], f.weights[2]] }), /weights\[0\] must be 16 rows of 784 numbers/],
      [(f) => ({ ...f, biases: [f.biases[0], f.biases[1], [1, 2]] }), /biases\[2\] must have 10 numbers/],
      [(f) => ((f.weights[2][1][4] = 'NaN'), f), /weights\[2\]\[1\]\[4\] is "NaN", not a finite number/],
      [(f) => ((f.biases[0][0] = 1e300), f), /biases\[0\]\[0\] is 1e\+300, not a finite number/],
      [(f) => ({ ...f, outputActivation: 'softmax', cost: 'quadratic' }), /softmax output goes with the cross-entropy cost/],
      [(f) => ({ ...f, hiddenActivation: 'gelu' }), /invalid model file: hiddenActivation/]
    ]
    for (const [mutate, message] of cases) expect(() => parseModelFile(JSON.stringify(mutate(fileOf())))).toThrow(message)
    expect(() => parseModelFile(fileOf().toString().replace('}', ''))).toThrow(/not valid JSON/)
    expect(() => parseModelFile(JSON.stringify(fileOf()).replace('"biases":[[', '"biases":[[1e999,'))).toThrow(/not a finite number|must have/)
  })
})
