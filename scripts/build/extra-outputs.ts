// Build outputs beside electron-vite's three, made whenever the main bundle is built (build and dev):
// - out/worker/training-worker.cjs and model-import-worker.cjs: each worker as ONE CommonJS file with every dependency inlined,
//   so it runs from wherever it lies — inside app.asar (Electron initialises asar support in worker
//   threads since 17.3, electron/electron#33216) or copied anywhere — with no bare import to resolve.
// - out/cli/digitscope.mjs: the command line as one ES module (full builds only);
// - out/mnist/*.gz: MNIST compressed for the installed app.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build, type Plugin } from 'vite'
import { compressMnist } from '../../src/main/services/mnist-archive'
import { mnistFolder } from '../../src/main/services/mnist-files'
import { buildTrainingKernels } from './wasm-kernels'

/** The WebAssembly kernels, compiled if stale, as the constant every bundle inlines (src/main/services/training-kernels.ts). */
export async function kernelsDefine(root: string): Promise<Record<string, string>> {
  const kernels = readFileSync(await buildTrainingKernels(root)).toString('base64')
  return { __DIGITSCOPE_TRAINING_KERNELS__: JSON.stringify(kernels) }
}

/** One self-contained bundle for Node (the oldest that package.json's engines allows): every import inlined but `external`. */
async function bundleForNode(root: string, entry: string, out: { dir: string; file: string; format: 'cjs' | 'es'; emptyOutDir: boolean }, external: string[] = []): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: await kernelsDefine(root),
    build: {
      ssr: join(root, entry),
      outDir: join(root, out.dir),
      emptyOutDir: out.emptyOutDir,
      target: 'node22',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rollupOptions: { external, output: { format: out.format, entryFileNames: out.file } }
    },
    ssr: { noExternal: true, external, target: 'node' }
  })
}

/** Bundles a worker of src/main/worker with everything it imports except Node's built-ins. */
export async function buildWorkerBundle(root: string, name: string, emptyOutDir: boolean): Promise<void> {
  await bundleForNode(root, join('src', 'main', 'worker', `${name}.ts`), { dir: join('out', 'worker'), file: `${name}.cjs`, format: 'cjs', emptyOutDir })
}

/**
 * The command line as one ES module, plain JavaScript: no TypeScript compiler at every start. Only the
 * native SQLite addon stays outside, resolved from node_modules.
 */
export async function buildCliBundle(root: string): Promise<void> {
  await bundleForNode(root, join('src', 'main', 'cli', 'main.ts'), { dir: join('out', 'cli'), file: 'digitscope.mjs', format: 'es', emptyOutDir: true }, ['better-sqlite3'])
}

export function extraOutputs(): Plugin {
  // The config file is bundled to a temporary place before it runs, so paths come from vite's root.
  let root = process.cwd()
  return {
    name: 'digitscope:extra-outputs',
    apply: 'build',
    // The main bundle evaluates versions with the kernels too.
    async config(config) {
      return { define: await kernelsDefine(config.root ?? process.cwd()) }
    },
    configResolved(config) {
      root = config.root
    },
    async closeBundle() {
      await buildWorkerBundle(root, 'training-worker', true)
      await buildWorkerBundle(root, 'model-import-worker', false)
      // `npm run dev` rebuilds main on every save; the app does not run the CLI, so only a full build makes it.
      if (!this.meta.watchMode) await buildCliBundle(root)
      compressMnist(mnistFolder({}), join(root, 'out', 'mnist'))
    }
  }
}
