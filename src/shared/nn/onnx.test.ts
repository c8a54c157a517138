import protobuf from 'protobufjs'
import { describe, expect, it } from 'vitest'
import { initNetwork } from './init'
import { toOnnx } from './onnx'
import { Rng } from './rng'

// The messages of onnx.proto that a feed-forward model uses, with their official field numbers,
// read by protobufjs: an independent decoder for what toOnnx writes by hand.
const onnx = protobuf.Root.fromJSON({
  nested: {
    ModelProto: { fields: { irVersion: { type: 'int64', id: 1 }, producerName: { type: 'string', id: 2 }, graph: { type: 'GraphProto', id: 7 }, opsetImport: { rule: 'repeated', type: 'OperatorSetIdProto', id: 8 } } },
    OperatorSetIdProto: { fields: { domain: { type: 'string', id: 1 }, version: { type: 'int64', id: 2 } } },
    GraphProto: {
      fields: {
        node: { rule: 'repeated', type: 'NodeProto', id: 1 },
        name: { type: 'string', id: 2 },
        initializer: { rule: 'repeated', type: 'TensorProto', id: 5 },
        input: { rule: 'repeated', type: 'ValueInfoProto', id: 11 },
        output: { rule: 'repeated', type: 'ValueInfoProto', id: 12 }
      }
    },
    NodeProto: {
      fields: {
        input: { rule: 'repeated', type: 'string', id: 1 },
        output: { rule: 'repeated', type: 'string', id: 2 },
        name: { type: 'string', id: 3 },
        opType: { type: 'string', id: 4 },
        attribute: { rule: 'repeated', type: 'AttributeProto', id: 5 }
      }
    },
    AttributeProto: { fields: { name: { type: 'string', id: 1 }, i: { type: 'int64', id: 3 }, type: { type: 'int32', id: 20 } } },
    TensorProto: { fields: { dims: { rule: 'repeated', type: 'int64', id: 1 }, dataType: { type: 'int32', id: 2 }, name: { type: 'string', id: 8 }, rawData: { type: 'bytes', id: 9 } } },
    ValueInfoProto: { fields: { name: { type: 'string', id: 1 }, type: { type: 'TypeProto', id: 2 } } },
    TypeProto: { fields: { tensorType: { type: 'TypeProtoTensor', id: 1 } } },
    TypeProtoTensor: { fields: { elemType: { type: 'int32', id: 1 }, shape: { type: 'TensorShapeProto', id: 2 } } },
    TensorShapeProto: { fields: { dim: { rule: 'repeated', type: 'Dimension', id: 1 } } },
    Dimension: { fields: { dimValue: { type: 'int64', id: 1 }, dimParam: { type: 'string', id: 2 } } }
  }
})

interface Decoded {
  graph: {
    node: Array<{ input: string[]; output: string[]; opType: string; attribute: Array<{ name: string; i: number }> }>
    initializer: Array<{ name: string; dims: number[]; rawData: Uint8Array }>
    input: Array<{ name: string; type: { tensorType: { shape: { dim: Array<{ dimValue?: number; dimParam?: string }> } } } }>
  }
  opsetImport: Array<{ version: number }>
}

/** Runs the decoded graph on one input row with the ONNX operators' definitions. */
function run(model: Decoded, input: Float32Array): number[] {
  const values = new Map<string, { data: number[]; dims: number[] }>()
  values.set('input', { data: Array.from(input), dims: [1, input.length] })
  for (const t of model.graph.initializer) {
    const view = new DataView(t.rawData.buffer, t.rawData.byteOffset, t.rawData.byteLength)
    values.set(t.name, { data: Array.from({ length: t.rawData.byteLength / 4 }, (_, i) => view.getFloat32(i * 4, true)), dims: t.dims.map(Number) })
  }
  for (const n of model.graph.node) {
    const [a, b, c] = n.input.map((name) => values.get(name)!)
    let out: number[]
    if (n.opType === 'Gemm') {
      expect(n.attribute).toEqual([expect.objectContaining({ name: 'transB', i: expect.anything() })])
      const [rows, cols] = b.dims
      out = Array.from({ length: rows }, (_, j) => c.data[j] + a.data.reduce((s, x, k) => s + x * b.data[j * cols + k], 0))
    } else if (n.opType === 'Sigmoid') out = a.data.map((z) => 1 / (1 + Math.exp(-z)))
    else if (n.opType === 'Relu') out = a.data.map((z) => Math.max(0, z))
    else if (n.opType === 'Tanh') out = a.data.map((z) => Math.tanh(z))
    else if (n.opType === 'Softmax') {
      const max = Math.max(...a.data)
      const e = a.data.map((z) => Math.exp(z - max))
      const sum = e.reduce((s, v) => s + v, 0)
      out = e.map((v) => v / sum)
    } else throw new Error(`unexpected operator ${n.opType}`)
    values.set(n.output[0], { data: out, dims: [1, out.length] })
  }
  return values.get('output')!.data
}

describe('ONNX export', () => {
  for (const [hidden, output, cost] of [
    ['sigmoid', 'sigmoid', 'quadratic'],
    ['relu', 'softmax', 'cross-entropy'],
    ['tanh', 'softmax', 'cross-entropy']
  ] as const) {
    it(`reads back (protobufjs) into a graph of standard operators with the app's outputs: ${hidden} + ${output}`, () => {
      const rng = new Rng(5)
      const network = initNetwork({ layers: [784, 16, 16, 10], hiddenActivation: hidden, outputActivation: output, cost }, 'he', rng)
      const decoded = onnx.lookupType('ModelProto').toObject(onnx.lookupType('ModelProto').decode(toOnnx(network, 'digitscope', '0.1.0')), { longs: Number }) as unknown as Decoded
      expect(decoded.opsetImport[0].version).toBe(13)
      expect(decoded.graph.node.map((n) => n.opType)).toEqual(['Gemm', { sigmoid: 'Sigmoid', relu: 'Relu', tanh: 'Tanh' }[hidden], 'Gemm', { sigmoid: 'Sigmoid', relu: 'Relu', tanh: 'Tanh' }[hidden], 'Gemm', output === 'softmax' ? 'Softmax' : 'Sigmoid'])
      expect(decoded.graph.input[0].type.tensorType.shape.dim).toEqual([{ dimParam: 'N' }, { dimValue: 784 }])
      for (let trial = 0; trial < 5; trial++) {
        const input = Float32Array.from({ length: 784 }, () => (rng.next() < 0.2 ? rng.next() : 0))
        const expected = network.forward(input).a[3]
        run(decoded, input).forEach((value, j) => expect(value).toBeCloseTo(expected[j], 5))
      }
    })
  }
})
