#!/usr/bin/env node
// The Digitscope command line: the same services as the app, with no window. `npm run cli -- --help`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DigitscopeError } from './services/errors'
import { formatInfo, formatVersionTable } from './cli-format'
import { openServices } from './services/services'
import { databasePath } from './services/paths'

const HELP = `Digitscope — train, inspect and compare 3Blue1Brown's digit network from a terminal.

Usage: digitscope <command> [options]      (from a checkout: npm run cli -- <command> [options])

Commands:
  info                 the MNIST data found and the database in use
  list                 every stored version, newest first

Options:
  --db FILE            the database to use (default: $DIGITSCOPE_DB, else ${databasePath()})
  --json               print JSON instead of a table
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 success, 1 unexpected failure, 2 bad arguments or unusable input (nothing is written).`

class UsageError extends Error {}

function version(): string {
  const file = join(import.meta.dirname, '..', '..', 'package.json')
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}

async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false }
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help || positionals.length === 0) {
    console.log(HELP)
    return values.help ? 0 : 2
  }
  if (values.version) {
    console.log(version())
    return 0
  }
  const [command, ...rest] = positionals
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`)
  if (command !== 'info' && command !== 'list') throw new UsageError(`unknown command "${command}" (see --help)`)

  const services = openServices({ databaseFile: values.db ?? databasePath(), version: version() })
  try {
    if (command === 'info') {
      const info = { database: services.store.file, schemaVersion: services.store.schemaVersion, mnist: services.datasets.info() }
      console.log(values.json ? JSON.stringify(info) : formatInfo(info))
    } else {
      const versions = services.store.listVersions()
      console.log(values.json ? JSON.stringify(versions) : formatVersionTable(versions))
    }
  } finally {
    services.close()
  }
  return 0
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof DigitscopeError) {
      console.error(`digitscope: ${error.message}`)
      process.exitCode = 2
    } else {
      console.error(error)
      process.exitCode = 1
    }
  }
)
