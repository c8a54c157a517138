// Reads one model file off the main thread: decoding, parsing and checking a file of tens of megabytes
// takes longer than a frame, and the app's main process must never stall that long. Posts the network as
// the store's packed bytes (transferred, not copied) with its metadata, or the reason it was refused.
import { parentPort, workerData } from 'node:worker_threads'
import { ModelFileError, parseModelFile } from '../../shared/nn/model-file'
import { packParams } from '../../shared/nn/params'
import type { ImportRequest, ImportResult } from '../../shared/model-import/protocol'

const port = parentPort
if (!port) throw new Error('model-import-worker must run as a worker thread')
const { bytes } = workerData as ImportRequest
let result: ImportResult
try {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  const { network, meta } = parseModelFile(text)
  result = { ok: true, architecture: network.architecture, params: packParams(network), meta }
} catch (error) {
  const message = error instanceof ModelFileError ? error.message : error instanceof TypeError ? 'not a Digitscope model file: it is not UTF-8 text' : `could not be read: ${(error as Error).message}`
  result = { ok: false, message: message.slice(0, 1000) }
}
port.postMessage(result, result.ok ? [result.params.buffer as ArrayBuffer] : [])
