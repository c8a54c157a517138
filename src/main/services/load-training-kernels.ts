// The compiled WebAssembly training kernels (src/wasm, built by scripts/build/wasm-kernels.ts). The main,
// worker and CLI bundles carry them inlined as base64, so they load from inside app.asar with no file to
// find; run from source (tests, tsx) they are read from out/wasm, where the build and the test setup put them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Evaluation } from '../../shared/training/evaluate'
import type { Network } from '../../shared/network/network'
import type { SparseImages } from '../../shared/training/sparse-images'
import { evaluateWithKernels, type KernelExports, type TrainingKernels } from '../../shared/training/wasm-trainer'

declare const __DIGITSCOPE_TRAINING_KERNELS__: string | undefined

let compiled: WebAssembly.Module | undefined

/** A factory of kernel instances (one per trainer, each with its own memory); compiled once per thread. */
export function trainingKernels(): TrainingKernels {
  const module = (compiled ??= new WebAssembly.Module(kernelBytes()))
  return () => new WebAssembly.Instance(module, {}).exports as unknown as KernelExports
}

/** Accuracy, per digit, confusion and cost, computed as training computes each epoch's (so they agree to the image). */
export function evaluateFast(network: Network, images: SparseImages): Evaluation {
  return evaluateWithKernels(trainingKernels(), network, images)
}

function kernelBytes(): Uint8Array {
  if (typeof __DIGITSCOPE_TRAINING_KERNELS__ === 'string') return Buffer.from(__DIGITSCOPE_TRAINING_KERNELS__, 'base64')
  const file = join(import.meta.dirname, '..', '..', '..', 'out', 'wasm', 'training-kernels.wasm')
  try {
    return readFileSync(file)
  } catch (error) {
    throw new Error(`the training kernels are not built (${file}): run npm run build. ${(error as Error).message}`, { cause: error })
  }
}
