import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Envelope } from '../../shared/ipc/types'
import { MAX_MODEL_FILE_CHARS } from '../../shared/model/model-file'
import { DigitscopeError, failureOf } from './errors/errors'
import { readRegularFile } from './errors/file-limits'
import { createDispatch, createHandlers, watchStore, type Dispatch, type Emit } from './api'
import { Datasets } from './datasets'
import { seedDefaultModel } from './default-model'
import { mnistFolder } from './mnist-files'
import { Store } from './store/store'
import { VersionNetworks } from './version-networks'
import { databasePath } from './paths'
import { isProcessAlive } from './process-alive'
import { runLessonDemo } from './lesson-demo'
import { Trainer } from './trainer'

interface ServiceOptions {
  databaseFile?: string
  mnistFolder?: string
  nativeBinding?: string
  /** The bundled pretrained model, imported into an empty database on first start. */
  defaultModel?: string
  /** The training worker's entry; by default the tsx starter beside the source (CLI, tests). */
  workerScript?: string | URL
  /** The model-import worker's entry; by default its tsx starter. */
  importWorkerScript?: string | URL
  version: string
  /** Receives the API's events: for the window's renderer, or the CLI following a run. */
  emit?: Emit
  log?: (error: unknown) => void
}

export interface Services {
  store: Store
  datasets: Datasets
  networks: VersionNetworks
  trainer: Trainer
  dispatch: Dispatch
  /** A model file from disk (File › Import model…), imported through the API as a dropped file would be. */
  importFile(file: string): Promise<Envelope<unknown>>
  close(): Promise<void>
}

/**
 * The built workers beside a bundle in out/ (out/worker/*.cjs, plain JavaScript). Where there are none —
 * the code runs from its sources, as in tests — the defaults below run the sources through tsx.
 */
export function builtWorkers(outDir: string): Pick<ServiceOptions, 'workerScript' | 'importWorkerScript'> {
  const built = (name: string) => {
    const file = join(outDir, 'worker', `${name}.cjs`)
    return existsSync(file) ? file : undefined
  }
  return { workerScript: built('training-worker'), importWorkerScript: built('model-import-worker') }
}

const DEV_WORKER_SCRIPT = new URL('../worker/dev-starter.mjs', import.meta.url)
const DEV_IMPORT_WORKER_SCRIPT = new URL('../worker/import-dev-starter.mjs', import.meta.url)

/** Wires the services the same way for the app, the CLI and the e2e harness. */
export function openServices(options: ServiceOptions): Services {
  const store = Store.open(options.databaseFile ?? databasePath(), { nativeBinding: options.nativeBinding })
  store.runs.markOrphaned(isProcessAlive)
  const folder = options.mnistFolder ?? mnistFolder()
  const datasets = new Datasets(folder)
  const networks = new VersionNetworks(store, datasets)
  if (options.defaultModel) {
    try {
      seedDefaultModel(store, networks, options.defaultModel)
    } catch (error) {
      options.log?.(error) // a damaged bundled model must not keep the app from starting
    }
  }
  const emit = options.emit
  const trainer = new Trainer(store, {
    workerScript: options.workerScript ?? DEV_WORKER_SCRIPT,
    mnistFolder: folder,
    onEvent: (event) => {
      if (!emit) return
      if (event.type === 'state') emit('training:state', event.state)
      else if (event.type === 'progress') emit('training:progress', event.progress)
      else emit('training:epoch', event.epoch)
    }
  })
  const handlers = createHandlers({
    store,
    datasets,
    networks,
    trainer,
    app: { name: 'Digitscope', version: options.version, platform: process.platform },
    importWorker: options.importWorkerScript ?? DEV_IMPORT_WORKER_SCRIPT,
    trainDemo: (request) => runLessonDemo(options.workerScript ?? DEV_WORKER_SCRIPT, folder, request),
    onPreferences: (preferences) => emit?.('preferences:changed', preferences)
  })
  // The one source of versions:changed: what this process commits, and what other processes commit.
  const stopAnnouncing = emit ? store.onChange((change) => emit('versions:changed', change)) : () => {}
  const stopWatching = emit ? watchStore(store, emit) : () => {}
  const dispatch = createDispatch(handlers, options.log, store.file)
  return {
    store,
    datasets,
    networks,
    trainer,
    dispatch,
    async importFile(file) {
      let bytes: Uint8Array
      try {
        bytes = readRegularFile(file, 'a Digitscope model file', MAX_MODEL_FILE_CHARS)
      } catch (error) {
        return { ok: false, error: error instanceof DigitscopeError ? failureOf(error) : { code: 'invalid-argument', message: (error as Error).message } }
      }
      return dispatch('versions:import', { bytes, fileName: basename(file) })
    },
    async close() {
      stopAnnouncing()
      stopWatching()
      await trainer.dispose()
      store.close()
    }
  }
}
