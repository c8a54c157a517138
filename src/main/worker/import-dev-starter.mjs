// Node cannot run these TypeScript sources as they are (its type stripping does not resolve their extensionless imports): this starter registers tsx, then loads the entry.
// The CLI and the tests use it; the app runs the worker that electron-vite builds.
import { register } from 'tsx/esm/api'

register()
await import('./model-import-worker.ts')
