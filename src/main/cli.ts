// The Digitscope command line: the same services as the app, with no window. `npm run cli -- --help`.
import { argmax } from '../shared/network/argmax'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { PRESET_NAMES } from '../shared/training/presets'
import { parse, trainConfigFrom, UsageError, wholeNumber, type Values } from './cli-args'
import { preprocess } from '../shared/digits/preprocess'
import { count, formatEvaluation, formatInfo, formatPrediction, formatVersionTable, percent, ProgressBar } from './cli-format'
import { readPngInk } from './services/png-image'
import { DigitscopeError } from './services/errors'
import { readRegularFile, writeExport } from './services/file-doors'
import { LIMITS } from '../shared/training/config'
import { MAX_MODEL_FILE_CHARS } from '../shared/model/model-file'
import { databasePath } from './services/paths'
import { builtWorkers, openServices, type Services } from './services/services'
import { readModel } from './services/models'
import { explainStorageFailure } from './services/storage-errors'

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

function version(): string {
  const file = join(import.meta.dirname, '..', '..', 'package.json')
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
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
const print = (value: unknown) => process.stdout.write(`${typeof value === 'string' ? printable(value) : JSON.stringify(value)}\n`)

function requireVersion(values: Values): number {
  const id = wholeNumber(values, 'version', '--version')
  if (id === undefined) throw new UsageError('--version ID is required')
  return id
}

async function train(services: Services, values: Values): Promise<number> {
  const { config, preset } = trainConfigFrom(values)
  const subset = wholeNumber(values, 'subset', '--subset')
  const name = values.name ?? `${preset ?? 'custom'} · seed ${config.seed}`
  const bar = values.json || !process.stderr.isTTY ? undefined : new ProgressBar(process.stderr)
  const { runId, done } = services.trainer.start({ config, name, preset, subset })
  print(values.json ? { type: 'start', runId, config } : `Run ${runId}: ${name} (${config.layers.join('-')}, ${count(config.epochs)} epoch${config.epochs === 1 ? '' : 's'})`)
  const stop = () => void services.trainer.cancel(runId)
  process.once('SIGINT', stop)
  const unsubscribe = services.trainer.subscribe((event) => {
    if (event.type === 'progress') {
      if (values.json) print({ type: 'progress', ...event.progress })
      else bar?.update(event.progress)
    } else if (event.type === 'epoch') {
      const epoch = event.epoch
      bar?.clear()
      if (values.json) print({ type: 'epoch', ...epoch })
      else print(`epoch ${count(epoch.epoch)}/${count(epoch.epochs)}: test accuracy ${percent(epoch.testAccuracy)}, training cost ${epoch.trainCost.toFixed(4)}, ${epoch.seconds.toFixed(1)} s → version ${epoch.versionId}`)
    }
  })
  try {
    const outcome = await done
    bar?.clear()
    if (values.json) print({ type: 'result', ...outcome })
    else if (outcome.status === 'cancelled') print(`Cancelled; ${outcome.versionId === null ? 'no epoch had finished' : `finished epochs kept, last version ${outcome.versionId}`}.`)
    else if (outcome.status === 'completed') print(`Done: version ${outcome.versionId}, test accuracy ${percent(outcome.testAccuracy ?? 0)}.`)
    if (outcome.status === 'failed' || outcome.status === 'diverged') {
      process.stderr.write(`digitscope: ${outcome.error}\n`)
      return 1
    }
    return outcome.status === 'cancelled' ? 130 : 0
  } finally {
    unsubscribe()
    process.off('SIGINT', stop)
  }
}

/** The database this invocation uses, for error messages that name it. */
let databaseFile = databasePath()

async function run(command: string, args: string[], values: Values): Promise<number> {
  const expectArgs = (count: number, what: string) => {
    if (args.length !== count) throw new UsageError(count === 0 ? `unexpected argument "${args[0]}"` : `${command} needs ${what}`)
  }
  const known = ['train', 'eval', 'list', 'export', 'import', 'info', 'predict']
  if (!known.includes(command)) throw new UsageError(`unknown command "${command}" (see --help)`)
  expectArgs(command === 'import' ? 1 : 0, 'a model file')
  // Check the arguments before the database is opened, so a mistake writes nothing.
  if (command === 'train') trainConfigFrom(values)
  if (command === 'eval' || command === 'export') requireVersion(values)
  if (command === 'predict' && !values.image) throw new UsageError('predict needs --image FILE.png')
  if (values.name !== undefined && (values.name.trim() === '' || values.name.length > LIMITS.nameLength.max)) {
    throw new UsageError(`--name must be 1 to ${LIMITS.nameLength.max} characters`)
  }
  // Files are read before the database is opened, so a refused file creates and writes nothing.
  const image = command === 'predict' ? readPngInk(values.image as string) : undefined
  const model = command === 'import' ? readModel(new TextDecoder().decode(readRegularFile(args[0], 'a Digitscope model file', MAX_MODEL_FILE_CHARS)), basename(args[0])) : undefined
  if (command === 'predict' && values.version !== undefined) requireVersion(values)
  if (command === 'export') {
    if (!values.out) throw new UsageError('export needs --out FILE')
    if (values.format && values.format !== 'json' && values.format !== 'onnx') throw new UsageError(`--format must be json or onnx, not "${values.format}"`)
  }

  databaseFile = values.db ?? databasePath()
  // Built, the CLI sits in out/cli beside out/worker; from its sources the workers run through tsx.
  const services = openServices({ databaseFile, version: version(), ...builtWorkers(join(import.meta.dirname, '..')) })
  try {
    switch (command) {
      case 'train':
        return await train(services, values)
      case 'eval': {
        const id = requireVersion(values)
        const result = services.models.evaluate(id)
        print(values.json ? { versionId: id, ...result } : formatEvaluation(id, result))
        return 0
      }
      case 'list': {
        const versions = services.store.listVersions()
        print(values.json ? versions : formatVersionTable(versions))
        return 0
      }
      case 'export': {
        const id = requireVersion(values)
        const out = values.out as string
        const format = values.format ?? (out.toLowerCase().endsWith('.onnx') ? 'onnx' : 'json')
        const data = format === 'onnx' ? services.models.exportOnnx(id) : `${JSON.stringify(services.models.exportFile(id))}\n`
        writeExport(out, data, { databaseFile, force: values.force })
        print(values.json ? { versionId: id, file: out, format } : `Wrote version ${id} to ${out} (${format === 'onnx' ? 'ONNX' : 'model file'}).`)
        return 0
      }
      case 'predict': {
        const id = values.version === undefined ? services.store.listVersions()[0]?.versionId : requireVersion(values)
        if (id === undefined) throw new DigitscopeError('not-found', 'There are no versions yet: train or import one first.')
        const processed = preprocess(image!)
        if (!processed) throw new DigitscopeError('invalid-argument', `${values.image} has no ink: there is no digit to read.`)
        const network = services.models.load(id).network
        const { a } = network.forward(processed.input)
        const outputs = Array.from(a[a.length - 1])
        const prediction = argmax(outputs)
        const layers = a.map((layer) => Array.from(layer, (v) => Number(v.toFixed(6))))
        print(values.json ? { versionId: id, prediction, outputs, layers } : formatPrediction(id, prediction, outputs, layers))
        return 0
      }
      case 'import': {
        const versionId = services.models.importParsed(model!, values.name)
        print(values.json ? { versionId } : `Imported ${args[0]} as version ${versionId}.`)
        return 0
      }
      default: {
        const info = { database: services.store.file, schemaVersion: services.store.schemaVersion, mnist: services.datasets.info() }
        print(values.json ? info : formatInfo(info))
        return 0
      }
    }
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
    const storage = explainStorageFailure(error, databaseFile, { kind: 'results' })
    if (error instanceof UsageError || storage) {
      const message = printable((storage ?? (error as Error)).message.replace(/\s*\n\s*/g, ' '))
      process.stderr.write(`digitscope: ${message.length > 1900 ? `${message.slice(0, 1900)}…` : message}\n`)
      process.exitCode = 2
    } else {
      console.error(error)
      process.exitCode = 1
    }
  }
)
