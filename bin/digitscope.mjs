#!/usr/bin/env node
// The `digitscope` command (package bin, and `npm run cli`): the built CLI, plain JavaScript, when
// `npm run build` (run by npm install) has made it; otherwise the TypeScript sources through tsx.
import { existsSync } from 'node:fs'

const built = new URL('../out/cli/digitscope.mjs', import.meta.url)
if (existsSync(built)) await import(built.href)
else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../src/main/cli/main.ts')
}
