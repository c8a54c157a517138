import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Compiles the renderer's runes modules (.svelte.ts) that tests import, such as the i18n state.
  plugins: [svelte()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint.config.test.ts'],
    environment: 'node',
    globalSetup: ['scripts/build/test-setup.ts'],
    setupFiles: ['src/renderer/src/app/test-catalogues.ts'],
    // Let stylesheets through (vitest empties them by default): the theme-contrast test reads app.css.
    css: { include: [/app\.css/] },
    testTimeout: 20_000
  }
})
