import { defineConfig } from '@playwright/test'
import type { Target } from './e2e/harness/fixtures'

export default defineConfig<{ target: Target }>({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/harness/global-setup.ts',
  outputDir: './out/test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  projects: [
    { name: 'renderer', use: { target: 'renderer' } },
    // Same specs through the same page objects; the build checks need no second run.
    { name: 'electron', use: { target: 'electron' }, testIgnore: 'build-output.spec.ts' }
  ]
})
