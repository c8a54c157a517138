import type { Network } from '../../shared/network/network'

/**
 * A network as an ONNX model (opset 13). Hand-written rather than with protobufjs: a feed-forward graph
 * needs seven messages of onnx.proto and two wire types, about 90 lines here, where protobufjs would add
 * its runtime (31 kB minified for the minimal build, 90 kB with reflection) and onnx.proto's schema to the
 * main bundle, for the same bytes. ONNX Runtime itself reads every export in onnx-export.test.ts.
 * Standard operators only — Gemm (transB = 1, so W keeps its [out][in] layout), Sigmoid / Relu / Tanh,
 * Softmax — input "input" [N, 784], output "output" [N, 10]. Opens in Netron and onnxruntime.
 */
export function toOnnx(network: Network, graphName: string, producerVersion = ''): Uint8Array {
  const { layers, hiddenActivation, outputActivation } = network.architecture
  const last = layers.length - 1
  const nodes: Uint8Array[] = []
  const initializers: Uint8Array[] = []
  let previous = 'input'
  for (let l = 1; l <= last; l++) {
    const w = `W${l}`
    const b = `B${l}`
    initializers.push(tensor(w, [layers[l], layers[l - 1]], network.weights[l - 1]), tensor(b, [layers[l]], network.biases[l - 1]))
    const z = `z${l}`
    nodes.push(node('Gemm', [previous, w, b], [z], `layer${l}_gemm`, [attributeInt('transB', 1)]))
    const a = l === last ? 'output' : `a${l}`
    const op = l === last ? (outputActivation === 'softmax' ? 'Softmax' : 'Sigmoid') : { sigmoid: 'Sigmoid', relu: 'Relu', tanh: 'Tanh' }[hiddenActivation]
    nodes.push(node(op, [z], [a], `layer${l}_${op.toLowerCase()}`, op === 'Softmax' ? [attributeInt('axis', 1)] : []))
    previous = a
  }
  const graph = message([
    ...nodes.map((n) => bytesField(1, n)),
    stringField(2, graphName),
    ...initializers.map((t) => bytesField(5, t)),
    bytesField(11, valueInfo('input', layers[0])),
    bytesField(12, valueInfo('output', layers[last]))
  ])
  return message([
    varintField(1, 7), // ir_version
    stringField(2, 'Digitscope'),
    stringField(3, producerVersion),
    bytesField(7, graph),
    bytesField(8, message([stringField(1, ''), varintField(2, 13)])) // opset_import: ai.onnx 13
  ])
}

const FLOAT = 1 // TensorProto.DataType.FLOAT

function tensor(name: string, dims: number[], values: Float32Array): Uint8Array {
  const raw = new Uint8Array(values.length * 4)
  const view = new DataView(raw.buffer)
  values.forEach((value, i) => view.setFloat32(i * 4, value, true)) // raw_data is little-endian
  return message([...dims.map((d) => varintField(1, d)), varintField(2, FLOAT), stringField(8, name), bytesField(9, raw)])
}

function node(op: string, inputs: string[], outputs: string[], name: string, attributes: Uint8Array[]): Uint8Array {
  return message([
    ...inputs.map((input) => stringField(1, input)),
    ...outputs.map((output) => stringField(2, output)),
    stringField(3, name),
    stringField(4, op),
    ...attributes.map((attribute) => bytesField(5, attribute))
  ])
}

function attributeInt(name: string, value: number): Uint8Array {
  return message([stringField(1, name), varintField(3, value), varintField(20, 2)]) // type INT
}

/** A float tensor [N, size], N left symbolic so any batch size runs. */
function valueInfo(name: string, size: number): Uint8Array {
  const batch = message([stringField(2, 'N')])
  const features = message([varintField(1, size)])
  const shape = message([bytesField(1, batch), bytesField(1, features)])
  const tensorType = message([varintField(1, FLOAT), bytesField(2, shape)])
  return message([stringField(1, name), bytesField(2, message([bytesField(1, tensorType)]))])
}

// Protobuf wire format: a field is a key (number << 3 | wire type) followed by a varint or length + bytes.
function varint(value: number): number[] {
  const bytes: number[] = []
  let v = value
  while (v >= 0x80) {
    bytes.push((v & 0x7f) | 0x80)
    v = Math.floor(v / 128)
  }
  bytes.push(v)
  return bytes
}

function varintField(field: number, value: number): Uint8Array {
  return Uint8Array.from([...varint(field * 8), ...varint(value)])
}

function bytesField(field: number, bytes: Uint8Array): Uint8Array {
  const head = Uint8Array.from([...varint(field * 8 + 2), ...varint(bytes.length)])
  return message([head, bytes])
}

function stringField(field: number, text: string): Uint8Array {
  return bytesField(field, utf8(text))
}

function message(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** UTF-8 without TextEncoder, which the pure shared code may not assume. */
function utf8(text: string): Uint8Array {
  const bytes: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) bytes.push(code)
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63))
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63))
  }
  return Uint8Array.from(bytes)
}
