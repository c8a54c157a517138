#!/usr/bin/env node
// The `digitscope` command (package bin): runs the TypeScript CLI through tsx, as `npm run cli` does.
import { register } from 'tsx/esm/api'

register()
await import('../src/main/cli.ts')
