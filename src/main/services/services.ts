import { createDispatch, createHandlers, watchStore, type Dispatch, type Emit, type Handlers } from './api'
import { Datasets } from './datasets'
import { ModelStore } from './model-store'
import { databasePath } from './paths'

export interface ServiceOptions {
  databaseFile?: string
  mnistFolder?: string
  nativeBinding?: string
  version: string
  /** Receives events for the renderer; absent in the CLI. */
  emit?: Emit
  log?: (error: unknown) => void
}

export interface Services {
  store: ModelStore
  datasets: Datasets
  handlers: Handlers
  dispatch: Dispatch
  close(): void
}

/** Wires the services the same way for the app, the CLI and the e2e harness. */
export function openServices(options: ServiceOptions): Services {
  const store = ModelStore.open(options.databaseFile ?? databasePath(), { nativeBinding: options.nativeBinding })
  const datasets = new Datasets(options.mnistFolder)
  const handlers = createHandlers({
    store,
    datasets,
    app: { name: 'Digitscope', version: options.version, platform: process.platform }
  })
  const stopWatching = options.emit ? watchStore(store, options.emit) : () => {}
  return {
    store,
    datasets,
    handlers,
    dispatch: createDispatch(handlers, options.log),
    close() {
      stopWatching()
      store.close()
    }
  }
}
