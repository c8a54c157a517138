import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** @electron/fuses finds the fuse wire by this sentinel; electron-builder flips fuses there when it packages. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const FUSE_WIRE_VERSION = 1
const FUSE_COUNT = 9

/**
 * A stand-in for an Electron distribution folder (what ELECTRON_OVERRIDE_DIST_PATH or electron-builder's
 * electronDist name): an `electron` shell script that writes its arguments, working folder and the
 * environment variables we set to `record` as JSON and exits, followed by a fuse wire so electron-builder
 * can flip the fuses; an empty chrome-sandbox; a version file. Made in the test, never committed.
 */
export function makeStandInElectron(folder: string, version: string, record = join(folder, 'launched.json')): { folder: string; record: string } {
  mkdirSync(folder, { recursive: true })
  const script = [
    '#!/bin/sh',
    'json() { printf \'%s\' "$1" | sed \'s/\\\\/\\\\\\\\/g; s/"/\\\\"/g\'; }',
    `{ printf '{"cwd":"%s","args":[' "$(json "$PWD")"; sep=''; for a in "$@"; do printf '%s"%s"' "$sep" "$(json "$a")"; sep=','; done;`,
    `  printf '],"sqlite":"%s"}' "$(json "$DIGITSCOPE_ELECTRON_SQLITE")"; } > '${record}'`,
    'exit 0',
    ''
  ].join('\n')
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.from([FUSE_WIRE_VERSION, FUSE_COUNT]), Buffer.from('0'.repeat(FUSE_COUNT), 'latin1')])
  const executable = join(folder, 'electron')
  writeFileSync(executable, Buffer.concat([Buffer.from(script), wire, Buffer.from('\n')]))
  chmodSync(executable, 0o755)
  writeFileSync(join(folder, 'chrome-sandbox'), '')
  writeFileSync(join(folder, 'version'), version)
  return { folder, record }
}
