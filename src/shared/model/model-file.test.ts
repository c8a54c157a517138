import { describe, expect, it } from 'vitest'
import { initNetwork } from '../network/init'
import { ModelFileError, parseModelFile, toModelFile, type ModelMeta } from './model-file'
import { PRESETS } from '../training/presets'
import { Rng } from '../network/rng'
import { architectureOf } from '../training/config'

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
      [(f) => ((f.weights[2][1][4] = 'NaN'), f), /weights\[2\]\[1\]\[4\] is text of 3 characters, not a finite number/],
      [(f) => ((f.biases[0][0] = 1e300), f), /biases\[0\]\[0\] is a number beyond float32, not a finite number/],
      [(f) => ({ ...f, outputActivation: 'softmax', cost: 'quadratic' }), /softmax output goes with the cross-entropy cost/],
      [(f) => ({ ...f, hiddenActivation: 'gelu' }), /invalid model file: hiddenActivation must be one of sigmoid, relu, tanh/]
    ]
    for (const [mutate, message] of cases) expect(() => parseModelFile(JSON.stringify(mutate(fileOf())))).toThrow(message)
    // Cut short: the text ends in the middle of the weights.
    const text = JSON.stringify(fileOf())
    expect(() => parseModelFile(text.slice(0, text.length / 2))).toThrow(/not valid JSON/)
    // 1e999 parses as Infinity in the place of an existing bias, so only the finiteness check can catch it.
    const withInfinity = text.replace(/"biases":\[\[(-?[\d.e-]+)/, '"biases":[[1e999')
    expect(withInfinity).not.toBe(text)
    expect(() => parseModelFile(withInfinity)).toThrow(/biases\[0\]\[0\] is a number too large, not a finite number/)
  })
})

describe('hostile model files', () => {
  const refused = (text: string) => {
    const started = performance.now()
    let message = ''
    try {
      parseModelFile(text)
    } catch (error) {
      expect(error).toBeInstanceOf(ModelFileError)
      message = (error as Error).message
    }
    return { message, ms: performance.now() - started }
  }

  it.each([
    [[784, 5], /found 784-5/],
    [[2, 3, 10], /found 2-3-10/],
    [[784, 300], /found 784-300/],
    [[784, 2048, 10], /found 784-2048-10/],
    [Array.from({ length: 200_000 }, () => 1), /found 200000 layers/]
  ])('refuses layers %# before allocating anything: only what Digitscope can train and draw', (layers, found) => {
    const { message } = refused(JSON.stringify({ ...fileOf(), layers }))
    expect(message).toMatch(/layers must be 784, then up to 8 hidden layers of 1 to 1024 neurons, then 10/)
    expect(message).toMatch(found)
  })

  it('refuses 5 million layers in a 10 MB file in well under a second, in a short message that does not echo it', () => {
    const text = JSON.stringify({ ...fileOf(), layers: Array.from({ length: 5_000_000 }, () => 1), weights: [], biases: [] })
    expect(text.length).toBeGreaterThan(10_000_000)
    const { message, ms } = refused(text)
    expect(message).toMatch(/found 5000000 layers/)
    expect(message.length).toBeLessThan(2000)
    expect(ms).toBeLessThan(1000)
  })

  it('says the kind of a value, never the value: deep nesting and a 40 MB string', () => {
    // Written as text: JSON.stringify itself would overflow on such nesting.
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n)
    const text = JSON.stringify(fileOf())
    expect(refused(`{"weights":${deep(100_000)},${text.slice(1).replace('"weights":', '"unused":')}`).message).toMatch(/needs 3 weight matrices/)
    expect(refused(text.replace(/"weights":\[\[\[[^,\]]+/, `"weights":[[[${deep(50_000)}`)).message).toMatch(
      /weights\[0\]\[0\]\[0\] is a list of 1, not a finite number/
    )
    const huge = 'x'.repeat(40_000_000)
    for (const field of ['name', 'preset', 'hiddenActivation']) {
      const { message } = refused(JSON.stringify({ ...fileOf(), [field]: huge }))
      expect(message).toMatch(/text of 40000000 characters/)
      expect(message.length).toBeLessThan(2000)
    }
  })

  it('caps every field: preset, epoch, and metrics of 10 digits and a 10 × 10 matrix', () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ preset: 'p'.repeat(41) }, /preset must be text of at most 40 characters/],
      [{ epoch: 1e300 }, /epoch must be a whole number from 0 to 1000000/],
      [{ epoch: -1 }, /epoch must be a whole number/],
      [{ metrics: { ...meta.metrics, confusion: Array.from({ length: 3000 }, () => Array(3000).fill(0)) } }, /metrics.confusion must be 10 rows of 10 counts/],
      [{ metrics: { ...meta.metrics, perClassAccuracy: [1, 2] } }, /metrics.perClassAccuracy must be 10 numbers/],
      [{ metrics: { ...meta.metrics, testAccuracy: 7 } }, /metrics.testAccuracy must be between 0 and 1/],
      [{ training: { ...meta.training, layers: [784, 32, 10] } }, /training.layers does not match layers/]
    ]
    for (const [change, message] of cases) expect(refused(JSON.stringify({ ...fileOf(), ...change })).message).toMatch(message)
  })
})
