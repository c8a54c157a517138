import * as ort from 'onnxruntime-web'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HIDDEN_ACTIVATIONS, type OutputActivation } from '../../shared/network/activation-functions'
import { argmax } from '../../shared/network/argmax'
import type { Cost } from '../../shared/network/costs'
import { initNetwork } from '../../shared/network/init'
import { Rng } from '../../shared/network/rng'
import { Datasets } from './datasets'
import { toOnnx } from './onnx-export'
import { openServices } from './services'
import { useTempFolder } from './test-support'

// ONNX Runtime itself (its WebAssembly build, which runs in Node) reads what toOnnx writes.
ort.env.wasm.numThreads = 1
const tempFolder = useTempFolder()
const test = new Datasets().load('test')
const images = new ort.Tensor('float32', Float32Array.from(test.pixels, (byte) => byte / 255), [test.count, 784])

async function runOnnx(bytes: Uint8Array): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(bytes)
  try {
    const { output } = await session.run({ input: images })
    expect(output.dims).toEqual([test.count, 10])
    return output.data as Float32Array
  } finally {
    await session.release()
  }
}

describe('the ONNX export, run by ONNX Runtime', () => {
  it('scores the bundled model on the 10 000 test images exactly as `cli eval` does', async () => {
    const services = openServices({ databaseFile: join(tempFolder(), 'digitscope.db'), version: 'test' })
    try {
      const versionId = services.networks.importFile(join(import.meta.dirname, '..', '..', '..', 'resources', 'default-model.digitscope.json'))
      const outputs = await runOnnx(services.networks.exportOnnx(versionId))
      let right = 0
      for (let i = 0; i < test.count; i++) if (argmax(outputs.subarray(i * 10, i * 10 + 10)) === test.labels[i]) right++
      const evaluation = services.networks.evaluate(versionId)
      console.log(`[onnx] ONNX Runtime: ${right} of ${test.count} right; Digitscope's evaluation: ${(evaluation.accuracy * test.count).toFixed(0)}`)
      expect(right / test.count).toBe(evaluation.accuracy)
    } finally {
      await services.close()
    }
  }, 60_000)

  const OUTPUTS: Array<[OutputActivation, Cost]> = [['sigmoid', 'quadratic'], ['softmax', 'cross-entropy']]
  for (const hidden of HIDDEN_ACTIVATIONS) {
    for (const [output, cost] of OUTPUTS) {
      it(`gives every output our network gives: ${hidden} hidden, ${output} output, 784-32-16-10`, async () => {
        const network = initNetwork({ layers: [784, 32, 16, 10], hiddenActivation: hidden, outputActivation: output, cost }, 'xavier', new Rng(4))
        const outputs = await runOnnx(toOnnx(network, 'random'))
        for (let i = 0; i < test.count; i += 97) {
          const ours = network.forward(Float32Array.from(test.pixels.subarray(i * 784, (i + 1) * 784), (byte) => byte / 255)).a[3]
          ours.forEach((value, j) => expect(outputs[i * 10 + j], `image ${i}, output ${j}`).toBeCloseTo(value, 5))
        }
      }, 60_000)
    }
  }
})
