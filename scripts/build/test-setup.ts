// vitest's global setup: the training worker and the WebAssembly tests load out/wasm/training-kernels.wasm
// when they run from source, so compile it first (a no-op when it is newer than src/wasm).
import { buildTrainingKernels } from './wasm-kernels'

export default async function setup(): Promise<void> {
  await buildTrainingKernels(process.cwd())
}
