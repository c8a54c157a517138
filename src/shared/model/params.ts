import type { Architecture } from '../network/architecture'
import { parameterCount } from '../network/weights-and-biases'
import { Network } from '../network/network'

/**
 * The snapshot BLOB: float32 little-endian; for each layer l, weights [out][in] row-major, then biases.
 * Readable from the sqlite3 shell: `SELECT hex(substr(params, 1, 4)) FROM snapshots` is weights[0][0][0].
 */
export function packParams(network: Network): Uint8Array {
  const bytes = new Uint8Array(parameterCount(network.layers) * 4)
  const view = new DataView(bytes.buffer)
  let offset = 0
  for (let l = 0; l < network.weights.length; l++) {
    for (const value of network.weights[l]) {
      view.setFloat32(offset, value, true)
      offset += 4
    }
    for (const value of network.biases[l]) {
      view.setFloat32(offset, value, true)
      offset += 4
    }
  }
  return bytes
}

export function unpackParams(architecture: Architecture, bytes: Uint8Array): Network {
  const expected = parameterCount(architecture.layers) * 4
  if (bytes.length !== expected) {
    throw new Error(`stored weights have ${bytes.length} bytes; a ${architecture.layers.join('-')} network needs ${expected}`)
  }
  const network = Network.zeros(architecture)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let offset = 0
  for (let l = 0; l < network.weights.length; l++) {
    for (const target of [network.weights[l], network.biases[l]]) {
      for (let i = 0; i < target.length; i++) {
        target[i] = view.getFloat32(offset, true)
        offset += 4
      }
    }
  }
  return network
}
