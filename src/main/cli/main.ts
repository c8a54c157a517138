// The Digitscope command line: a third front-end over the IPC contract, beside the window and the tests.
// It turns words into requests (words.ts), sends each through the same `dispatch` as the window, and
// prints the answers (format.ts) and a run's progress (training.ts). `npm run cli -- --help`.
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { preprocess } from '../../shared/digits/preprocess'
import type { Channel, CheckedArgOf, ResultOf } from '../../shared/ipc/contract'
import type { ApiFailure } from '../../shared/ipc/types'
import { checkCall } from '../../shared/ipc/validate'
import { MAX_MODEL_FILE_CHARS } from '../../shared/model/model-file'
import { PRESET_NAMES } from '../../shared/training/presets'
import { readRegularFile, writeExport } from '../services/errors/file-limits'
import { readModel } from '../services/model-file-check'
import { databasePath } from '../services/paths'
import { readPngInk } from '../services/png-image'
import { builtWorkers, openServices, type Services } from '../services/services'
import { explainStorageFailure } from '../services/errors/storage-errors'
import { formatEvaluation, formatInfo, formatPrediction, formatVersionTable } from './format'
import { TrainingFollower } from './training'
import { numberOrWord, parse, trainingRequest, UsageError, versionOf, type Request, type Values } from './words'

const HELP = `Digitscope ${version()} — train, inspect and compare 3Blue1Brown's digit network from a terminal.

Usage: digitscope <command> [options]      (from a checkout: npm run cli -- <command> [options])

Commands:
  train                    train a network on MNIST, storing every epoch as a version
      --preset P           ${PRESET_NAMES.join(' | ')} (default classic); the options below override it
      --layers L           neurons per layer, e.g. 784,16,16,10
      --activation A       hidden layers: sigmoid | relu | tanh
      --output O           output layer: sigmoid | softmax
      --cost C             quadratic | cross-entropy
      --init I             normal | xavier | he
      --eta X  --eta-decay X  --batch N  --epochs N  --momentum X  --l2 X  --seed N
      --name TEXT          a name for the run
      --subset N           train on the first N training images only
  eval --version ID        accuracy, per-class accuracy, confusion matrix and cost on the 10 000 test images
  list                     every stored version, newest first
  export --version ID --out FILE [--format json|onnx] [--force]
                           write a version as a .digitscope.json model file, or as ONNX (also
                           chosen by an .onnx file name) for Netron and onnxruntime; an existing
                           file is replaced only with --force, the database never
  import FILE [--name T]   store a model file as a new version
  predict --image FILE.png [--version ID]
                           read a digit from a PNG of any size (dark on light or light on dark) with
                           the newest version, or the one given; prints every layer's activations
  info                     the MNIST data found and the database in use

Options for every command:
  --db FILE                the database (default: $DIGITSCOPE_DB, else ${databasePath()})
  --json                   machine-readable output (train: one JSON object per line)
  -h, --help               this help

Exit codes: 0 success, 1 unexpected failure, 2 bad arguments or unusable input (nothing is written),
130 training cancelled with Ctrl+C (finished epochs are kept).`

/** The version in package.json: two folders up when built (out/cli), three from the sources (src/main/cli). */
function version(): string {
  for (let folder = import.meta.dirname; ; folder = dirname(folder)) {
    const file = join(folder, 'package.json')
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
    if (dirname(folder) === folder) return '0.0.0'
  }
}

/**
 * Text for a terminal: control characters (escape sequences, bells, carriage returns) and bidirectional
 * overrides that a stored name could carry are shown as � instead of acted on. JSON output escapes them itself.
 */
const printable = (text: string) =>
  Array.from(text, (c) => {
    const code = c.codePointAt(0) ?? 0
    const control = (code < 0x20 && c !== '\n' && c !== '\t') || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
    return control ? '\ufffd' : c
  }).join('')
const print = (value: unknown): void => void process.stdout.write(`${typeof value === 'string' ? printable(value) : JSON.stringify(value)}\n`)

/** A call the API refused or failed: its words are the contract's (or the handler's), as the window gets them. */
class Refused extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.message)
  }
}

/** Dispatches one call and answers its value, or throws what it refused. */
async function ask<C extends Channel>(services: Services, channel: C, arg: unknown): Promise<ResultOf<C>> {
  const answer = await services.dispatch(channel, arg)
  if (!answer.ok) throw new Refused(answer.error)
  return answer.value as ResultOf<C>
}

/** The database this invocation uses, for error messages that name it. */
let databaseFile = databasePath()

const COMMANDS = ['train', 'eval', 'list', 'export', 'import', 'info', 'predict'] as const
type Command = (typeof COMMANDS)[number]
const isCommand = (word: string): word is Command => (COMMANDS as readonly string[]).includes(word)

/**
 * The command's request, checked by the contract before the database is opened, so that a mistake writes
 * nothing. Files are read here too: a refused file creates and writes nothing.
 */
function requestOf(command: Command, args: string[], values: Values): Request {
  switch (command) {
    case 'train':
      return trainingRequest(values)
    case 'eval':
      return { channel: 'versions:evaluate', arg: { versionId: versionOf(values) } }
    case 'list':
      return { channel: 'versions:list', arg: undefined }
    case 'info':
      return { channel: 'store:get-info', arg: undefined }
    case 'export': {
      const versionId = versionOf(values)
      if (!values.out) throw new UsageError('export needs --out FILE')
      if (values.format && values.format !== 'json' && values.format !== 'onnx') throw new UsageError(`--format must be json or onnx, not "${values.format}"`)
      const format = values.format ?? (values.out.toLowerCase().endsWith('.onnx') ? 'onnx' : 'json')
      return { channel: format === 'onnx' ? 'versions:export-onnx' : 'versions:export-model', arg: { versionId } }
    }
    case 'import': {
      const bytes = readRegularFile(args[0], 'a Digitscope model file', MAX_MODEL_FILE_CHARS)
      // The import worker checks it again once the database is open; this first look keeps a bad file from creating one.
      readModel(new TextDecoder().decode(bytes), basename(args[0]))
      return { channel: 'versions:import', arg: { bytes, fileName: basename(args[0]), ...(values.name !== undefined && { name: values.name }) } }
    }
    case 'predict': {
      if (!values.image) throw new UsageError('predict needs --image FILE.png')
      const processed = preprocess(readPngInk(values.image))
      if (!processed) throw new UsageError(`${values.image} has no ink: there is no digit to read.`)
      const pixels = Array.from(processed.input)
      return { channel: 'versions:predict', arg: values.version === undefined ? { pixels } : { versionId: numberOrWord(values.version), pixels } }
    }
  }
}

/** Carries out one checked request through the API and prints its answer. */
async function carryOut(command: Exclude<Command, 'train'>, services: Services, request: Request, values: Values, args: string[]): Promise<void> {
  const json = values.json
  switch (command) {
    case 'eval': {
      const versionId = (request.arg as { versionId: number }).versionId
      const result = await ask(services, 'versions:evaluate', request.arg)
      return print(json ? { versionId, ...result } : formatEvaluation(versionId, result))
    }
    case 'list': {
      const versions = await ask(services, 'versions:list', undefined)
      return print(json ? versions : formatVersionTable(versions))
    }
    case 'export': {
      const versionId = (request.arg as { versionId: number }).versionId
      const out = values.out as string
      const format = request.channel === 'versions:export-onnx' ? 'onnx' : 'json'
      const { bytes } = await ask(services, request.channel as 'versions:export-model' | 'versions:export-onnx', request.arg)
      writeExport(out, format === 'onnx' ? bytes : `${new TextDecoder().decode(bytes)}\n`, { databaseFile, force: values.force })
      return print(json ? { versionId, file: out, format } : `Wrote version ${versionId} to ${out} (${format === 'onnx' ? 'ONNX' : 'model file'}).`)
    }
    case 'predict': {
      const answer = await ask(services, 'versions:predict', request.arg)
      return print(json ? answer : formatPrediction(answer.versionId, answer.prediction, answer.outputs, answer.layers))
    }
    case 'import': {
      const { versionId } = await ask(services, 'versions:import', request.arg)
      return print(json ? { versionId } : `Imported ${args[0]} as version ${versionId}.`)
    }
    case 'info': {
      const store = await ask(services, 'store:get-info', undefined)
      const info = { database: store.database, schemaVersion: store.schemaVersion, mnist: await ask(services, 'datasets:get-info', undefined) }
      return print(json ? info : formatInfo(info))
    }
  }
}

async function run(command: string, args: string[], values: Values): Promise<number> {
  if (!isCommand(command)) throw new UsageError(`unknown command "${command}" (see --help)`)
  const expected = command === 'import' ? 1 : 0
  if (args.length !== expected) throw new UsageError(expected === 0 ? `unexpected argument "${args[0]}"` : `${command} needs a model file`)
  const request = requestOf(command, args, values)
  const checked = checkCall(request.channel, request.arg)
  if (!checked.ok) throw new Refused(checked.error)

  databaseFile = values.db ?? databasePath()
  const training = command === 'train' ? new TrainingFollower(values.json, print) : undefined
  // Built, the CLI sits in out/cli beside out/worker; from its sources the workers run through tsx.
  const services = openServices({ databaseFile, version: version(), ...builtWorkers(join(import.meta.dirname, '..')), emit: training?.emit })
  try {
    if (command !== 'train') return await carryOut(command, services, request, values, args).then(() => 0)
    return await training!.run((arg) => ask(services, 'training:start', arg), (runId) => void services.dispatch('training:cancel', { runId }), checked.arg as CheckedArgOf<'training:start'>)
  } finally {
    await services.close()
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv)
  if (values.help || positionals.length === 0) {
    print(HELP)
    return values.help ? 0 : 2
  }
  const [command, ...args] = positionals
  return run(command, args, values)
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const known = error instanceof Refused ? (error.failure.code === 'internal' ? undefined : error) : explainStorageFailure(error, databaseFile, { kind: 'results' })
    if (error instanceof UsageError || known) {
      const message = printable((known ?? (error as Error)).message.replace(/\s*\n\s*/g, ' '))
      process.stderr.write(`digitscope: ${message.length > 1900 ? `${message.slice(0, 1900)}…` : message}\n`)
      process.exitCode = 2
    } else {
      console.error(error instanceof Refused ? `digitscope: ${error.message}` : error)
      process.exitCode = 1
    }
  }
)
