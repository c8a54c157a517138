// Compiles the AssemblyScript training kernels (src/wasm) to out/wasm/training-kernels.wasm. Run by the
// build (before the worker and CLI bundles, which inline it), by the test setup and by the benchmark;
// skipped when the .wasm is newer than every source.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import asc from 'assemblyscript/asc'

export const KERNEL_SOURCES = join('src', 'wasm')
export const KERNEL_OUTPUT = join('out', 'wasm', 'training-kernels.wasm')

/** Plain SIMD128: relaxed SIMD (FMA) is not on by default in Node 20, and results must not depend on the CPU. */
const FLAGS = ['-O3', '--runtime', 'stub', '--noAssert', '--enable', 'simd', '--disable', 'relaxed-simd']

export async function buildTrainingKernels(root: string, force = false): Promise<string> {
  const source = join(root, KERNEL_SOURCES)
  const output = join(root, KERNEL_OUTPUT)
  const newest = Math.max(...readdirSync(source).map((name) => statSync(join(source, name)).mtimeMs))
  if (!force && existsSync(output) && statSync(output).mtimeMs >= newest) return output
  mkdirSync(dirname(output), { recursive: true })
  let errors = ''
  const { error } = await asc.main([join(source, 'training-kernels.ts'), '--outFile', output, ...FLAGS], {
    stdout: { write: () => true },
    stderr: { write: (text: string | Uint8Array) => ((errors += String(text)), true) }
  })
  if (error) throw new Error(`the training kernels did not compile: ${error.message}\n${errors}`)
  return output
}
