// The real training worker, whose thread ends abruptly as soon as epoch 2 is under way: a worker that
// crashes mid-epoch, as native code or running out of memory would end it.
import { parentPort } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const post = parentPort.postMessage.bind(parentPort)
parentPort.postMessage = (message, transfer) => {
  post(message, transfer)
  if (message.type === 'progress' && message.epoch === 2) process.exit(70)
}
await import('../worker/training-worker.ts')
