import { electronBinary } from './binaries'

/** Says once, up front, why the Electron project's tests will all be skipped on this machine. */
export default function globalSetup(): void {
  const binary = electronBinary()
  if ('missing' in binary) console.log(`[electron] project skipped: ${binary.missing}.`)
}
