import { createDispatch, createHandlers, watchStore, type Dispatch, type Emit, type Handlers } from './api'
import { Datasets } from './datasets'
import { ModelStore } from './model-store'
import { Models } from './models'
import { seedDefaultModel } from './default-model'
import { databasePath } from './paths'

export interface ServiceOptions {
  databaseFile?: string
  mnistFolder?: string
  nativeBinding?: string
  /** The bundled pretrained model, imported into an empty database on first start. */
  defaultModel?: string
  version: string
  /** Receives events for the renderer; absent in the CLI. */
  emit?: Emit
  log?: (error: unknown) => void
}

export interface Services {
  store: ModelStore
  datasets: Datasets
  models: Models
  handlers: Handlers
  dispatch: Dispatch
  close(): void
}

/** Wires the services the same way for the app, the CLI and the e2e harness. */
export function openServices(options: ServiceOptions): Services {
  const store = ModelStore.open(options.databaseFile ?? databasePath(), { nativeBinding: options.nativeBinding })
  const datasets = new Datasets(options.mnistFolder)
  const models = new Models(store, datasets)
  if (options.defaultModel) {
    try {
      seedDefaultModel(store, models, options.defaultModel)
    } catch (error) {
      options.log?.(error) // a damaged bundled model must not keep the app from starting
    }
  }
  const handlers = createHandlers({
    store,
    datasets,
    app: { name: 'Digitscope', version: options.version, platform: process.platform }
  })
  const stopWatching = options.emit ? watchStore(store, options.emit) : () => {}
  return {
    store,
    datasets,
    models,
    handlers,
    dispatch: createDispatch(handlers, options.log),
    close() {
      stopWatching()
      store.close()
    }
  }
}
