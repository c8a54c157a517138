import { sep } from 'node:path'

/**
 * Inside a packaged app, files listed in electron-builder's `asarUnpack` live beside the archive in
 * `app.asar.unpacked`; a worker thread and native code need those real paths.
 */
export function unpackedPath(path: string): string {
  return path.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`)
}
