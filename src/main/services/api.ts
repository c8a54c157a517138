import { checkCall } from '../../shared/ipc/validate'
import type { Channel, CheckedArgOf, EventMap, EventName, ResultOf } from '../../shared/ipc/contract'
import type { AppInfo, Envelope } from '../../shared/ipc/types'
import type { Datasets } from './datasets'
import { DigitscopeError, failureOf } from './errors'
import { explainStorageFailure } from './storage-errors'
import type { ModelStore } from './model-store'
import type { Trainer } from './trainer'
import type { Preferences } from '../../shared/i18n/preferences'
import { startFineTune } from './fine-tune'
import { readPreferences, savePreferences } from './preferences'
import { readLessonProgress, saveLessonProgress } from './lesson-progress'
import { neuronHistory } from './neuron-history'
import type { Models } from './models'
import { NeuronStudy } from './neuron-study'

export type Handlers = { [C in Channel]: (arg: CheckedArgOf<C>) => ResultOf<C> | Promise<ResultOf<C>> }
export type Emit = <E extends EventName>(event: E, payload: EventMap[E]) => void

export interface ApiDeps {
  store: ModelStore
  datasets: Datasets
  models: Models
  trainer: Trainer
  app: Omit<AppInfo, 'databasePath'>
  /** The model-import worker's entry (model-import-worker.ts, built or through its tsx starter). */
  importWorker: string | URL
  /** Told when the language or theme is chosen anew. */
  onPreferences?: (preferences: Preferences) => void
}

/** The one implementation of the contract; the Electron binding, the e2e harness and tests call it alike. */
export function createHandlers({ store, datasets, models, trainer, app, importWorker, onPreferences }: ApiDeps): Handlers {
  const neurons = new NeuronStudy(models, datasets)
  /** One page of a list of test images, each sent with its pixels and label and whatever the list says of it. */
  const page = <T extends { index: number }>(found: T[], offset: number, count: number) => ({
    total: found.length,
    items: found.slice(offset, offset + count).map((item) => ({ ...datasets.samples('test', item.index, 1)[0], ...item }))
  })
  return {
    'app:get-info': () => ({ ...app, databasePath: store.file }),
    'datasets:get-info': () => datasets.info(),
    'datasets:get-samples': ({ split, offset, count }) => datasets.samples(split, offset, count),
    'datasets:list-mistakes': ({ versionId, offset, count }) => page(models.mistakes(versionId), offset, count),
    'versions:get': ({ versionId }) => store.getVersion(versionId),
    'versions:get-weights': ({ versionId }) => models.weights(versionId),
    'versions:export-model': ({ versionId }) => ({ bytes: new TextEncoder().encode(JSON.stringify(models.exportFile(versionId))) }),
    'versions:export-onnx': ({ versionId }) => ({ bytes: models.exportOnnx(versionId) }),
    'versions:rename': ({ versionId, name }) => (store.renameVersion(versionId, name), null),
    'versions:annotate': ({ versionId, notes, tags }) => (store.annotateVersion(versionId, notes, tags), null),
    'versions:compare': ({ versionIds }) => models.compare(versionIds),
    'versions:list-confusion-images': ({ versionId, actual, predicted, offset, count }) =>
      page(models.confusionCell(versionId, actual, predicted).map((index) => ({ index })), offset, count),
    'versions:list-disagreements': ({ versionIds, offset, count }) => page(models.disagreements(versionIds), offset, count),
    'versions:import': async ({ bytes, fileName, name }) => ({ versionId: await models.importBytes(bytes, fileName || 'the file', importWorker, name) }),
    'versions:list': () => store.listVersions(),
    'versions:evaluate': ({ versionId }) => models.evaluate(versionId),
    'versions:predict': ({ versionId, pixels }) => models.predict(versionId ?? newestVersion(store), Float32Array.from(pixels)),
    'drawings:save': ({ label, pixels }) => ({ id: store.addDrawing(label, Uint8Array.from(pixels, (v) => Math.round(v * 255))) }),
    'drawings:list': () => store.listDrawings().map(({ pixels, ...rest }) => ({ ...rest, pixels: Array.from(pixels) })),
    'drawings:relabel': ({ id, label }) => (store.relabelDrawing(id, label), null),
    'drawings:delete': ({ id }) => (store.deleteDrawing(id), null),
    'neurons:profile': ({ versionId, layer, neuron }) => neurons.profile(versionId, { layer, neuron }),
    'neurons:maximise': ({ versionId, layer, neuron }) => neurons.maximise(versionId, { layer, neuron }),
    'neurons:history': ({ versionId, layer, neuron }) => neuronHistory(store, versionId, { layer, neuron }),
    'neurons:switch-off': ({ versionId, layer, neuron }) => neurons.switchOff(versionId, { layer, neuron }),
    'neurons:try-hand-built': ({ versionId, neuron, weights, bias }) => neurons.handBuilt(versionId, neuron, weights, bias),
    'runs:list': (query) => store.listRuns(query),
    'runs:get': ({ runIds }) => store.runsById(runIds),
    'runs:get-versions': ({ runId }) => store.runVersions(runId),
    'runs:thin': ({ runId, every, dryRun }) => {
      if (trainer.active()?.runId === runId) throw new DigitscopeError('busy', 'This run is still training: thin it once it has finished.', { reason: { key: 'still-training', action: 'thin' } })
      return store.thinRun(runId, every, dryRun)
    },
    'store:get-size': () => store.size(),
    'store:get-info': () => ({ database: store.file, schemaVersion: store.schemaVersion }),
    'versions:mark-used': ({ versionId }) => (store.markUsed(versionId), null),
    'versions:list-recent': () => store.recentVersions(),
    'runs:delete': ({ runId }) => {
      if (trainer.active()?.runId === runId) throw new DigitscopeError('busy', 'This run is still training: cancel it before deleting it.', { reason: { key: 'still-training', action: 'delete' } })
      store.deleteRun(runId)
      return null
    },
    'training:start': ({ config, name, preset, subset }) => ({ runId: trainer.start({ config, name, preset, subset }).runId }),
    'training:pause': ({ runId }) => (trainer.pause(runId), null),
    'training:resume': ({ runId }) => (trainer.resume(runId), null),
    'training:cancel': ({ runId }) => (void trainer.cancel(runId), null),
    'training:get-active': () => trainer.active(),
    'training:fine-tune': ({ versionId, epochs }) => ({ runId: startFineTune(store, models, trainer, versionId, epochs) }),
    'lesson:get': () => readLessonProgress(store),
    'lesson:set': (progress) => saveLessonProgress(store, progress),
    'preferences:get': () => readPreferences(store),
    'preferences:set': (changes) => {
      const preferences = savePreferences(store, changes)
      onPreferences?.(preferences)
      return preferences
    }
  }
}

/** The version a call that names none reads with: the newest. */
function newestVersion(store: ModelStore): number {
  const newest = store.listVersions()[0]
  if (!newest) throw new DigitscopeError('not-found', 'There are no versions yet: train or import one first.')
  return newest.versionId
}

export type Dispatch = (channel: unknown, arg: unknown) => Promise<Envelope<unknown>>

/** Validates a call, runs it, and answers with an envelope; nothing runs when the argument is bad. */
export function createDispatch(handlers: Handlers, log: (error: unknown) => void = () => {}, databaseFile = 'the database'): Dispatch {
  return async (channel, arg) => {
    const checked = checkCall(channel, arg)
    if (!checked.ok) return { ok: false, error: checked.error }
    try {
      const handler = handlers[checked.channel] as (arg: unknown) => unknown
      return { ok: true, value: await handler(checked.arg) }
    } catch (error) {
      const known = explainStorageFailure(error, databaseFile, { kind: 'change' })
      if (known) return { ok: false, error: failureOf(known) }
      log(error)
      return {
        ok: false,
        error: { code: 'internal', message: `${checked.channel} failed unexpectedly: ${(error as Error)?.message ?? String(error)}` }
      }
    }
  }
}

const NOTHING = { added: [], updated: [], deleted: [] }

/**
 * Announces commits made by other connections to the same file — the CLI training into the app's
 * database — by polling SQLite's `data_version`, which costs no I/O. Writes made through this process's
 * own API announce themselves. Returns a function that stops watching.
 */
export function watchStore(store: ModelStore, emit: Emit, intervalMs = 1000): () => void {
  let seen = store.dataVersion
  const timer = setInterval(() => {
    const version = store.dataVersion
    if (version === seen) return
    seen = version
    emit('versions:changed', { runs: NOTHING, versions: NOTHING, drawings: false, external: true })
  }, intervalMs)
  timer.unref?.()
  return () => clearInterval(timer)
}
