// Node 20 cannot run a TypeScript worker directly: this starter registers tsx, then loads the entry.
// The CLI and the tests use it; the app runs the worker that electron-vite builds.
import { register } from 'tsx/esm/api'

register()
await import('./model-import-worker.ts')
