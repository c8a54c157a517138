import { checkCall } from '../../shared/ipc/validate'
import type { Channel, CheckedArgOf, EventMap, EventName, ResultOf } from '../../shared/ipc/contract'
import type { AppInfo, Envelope, LessonDemo, LessonDemoRequest } from '../../shared/ipc/types'
import type { Datasets } from './datasets'
import { DigitscopeError, failureOf } from './errors/errors'
import { explainStorageFailure } from './errors/storage-errors'
import type { Store } from './store/store'
import type { Trainer } from './trainer'
import type { Preferences } from '../../shared/settings/preferences'
import { startFineTune } from './fine-tune'
import { readPreferences, savePreferences } from './preferences'
import { readLessonProgress, saveLessonProgress } from './lesson-progress'
import { neuronHistory } from './neuron-history'
import type { VersionNetworks } from './version-networks'
import { NeuronStudy } from './neuron-study'

export type Handlers = { [C in Channel]: (arg: CheckedArgOf<C>) => ResultOf<C> | Promise<ResultOf<C>> }
export type Emit = <E extends EventName>(event: E, payload: EventMap[E]) => void

interface ApiDeps {
  store: Store
  datasets: Datasets
  networks: VersionNetworks
  trainer: Trainer
  app: Omit<AppInfo, 'databasePath'>
  /** The model-import worker's entry (model-import-worker.ts, built or through its tsx starter). */
  importWorker: string | URL
  /** Runs the lesson's training demonstration (lesson-demo.ts, in the training worker). */
  trainDemo: (request: LessonDemoRequest) => Promise<LessonDemo>
  /** Told when the language or theme is chosen anew. */
  onPreferences?: (preferences: Preferences) => void
}

/** The one implementation of the contract; the Electron binding, the CLI, the e2e harness and tests call it alike. */
export function createHandlers({ store, datasets, networks, trainer, app, importWorker, trainDemo, onPreferences }: ApiDeps): Handlers {
  const neurons = new NeuronStudy(networks, datasets)
  /** One page of a list of test images, each sent with its pixels and label and whatever the list says of it. */
  const page = <T extends { index: number }>(found: T[], offset: number, count: number) => ({
    total: found.length,
    items: found.slice(offset, offset + count).map((item) => ({ ...datasets.samples('test', item.index, 1)[0], ...item }))
  })
  return {
    'app:get-info': () => ({ ...app, databasePath: store.file }),
    'datasets:get-info': () => datasets.info(),
    'datasets:get-samples': ({ split, offset, count }) => datasets.samples(split, offset, count),
    'datasets:list-mistakes': ({ versionId, offset, count }) => page(networks.mistakes(versionId), offset, count),
    'versions:get': ({ versionId }) => store.versions.get(versionId),
    'versions:get-weights': ({ versionId }) => networks.weights(versionId),
    'versions:export-model': ({ versionId }) => ({ bytes: new TextEncoder().encode(JSON.stringify(networks.exportFile(versionId))) }),
    'versions:export-onnx': ({ versionId }) => ({ bytes: networks.exportOnnx(versionId) }),
    'versions:rename': ({ versionId, name }) => (store.versions.rename(versionId, name), null),
    'versions:annotate': ({ versionId, notes, tags }) => (store.versions.annotate(versionId, notes, tags), null),
    'versions:compare': ({ versionIds }) => networks.compare(versionIds),
    'versions:list-confusion-images': ({ versionId, actual, predicted, offset, count }) =>
      page(networks.confusionCell(versionId, actual, predicted).map((index) => ({ index })), offset, count),
    'versions:list-disagreements': ({ versionIds, offset, count }) => page(networks.disagreements(versionIds), offset, count),
    'versions:import': async ({ bytes, fileName, name }) => ({ versionId: await networks.importBytes(bytes, fileName || 'the file', importWorker, name) }),
    'versions:list': () => store.versions.list(),
    'versions:evaluate': ({ versionId }) => networks.evaluate(versionId),
    'versions:predict': ({ versionId, pixels }) => networks.predict(versionId ?? newestVersion(store), Float32Array.from(pixels)),
    'drawings:save': ({ label, pixels }) => ({ id: store.drawings.add(label, Uint8Array.from(pixels, (v) => Math.round(v * 255))) }),
    'drawings:list': () => store.drawings.list().map(({ pixels, ...rest }) => ({ ...rest, pixels: Array.from(pixels) })),
    'drawings:relabel': ({ id, label }) => (store.drawings.relabel(id, label), null),
    'drawings:delete': ({ id }) => (store.drawings.delete(id), null),
    'neurons:profile': ({ versionId, layer, neuron }) => neurons.profile(versionId, { layer, neuron }),
    'neurons:maximise': ({ versionId, layer, neuron }) => neurons.maximise(versionId, { layer, neuron }),
    'neurons:history': ({ versionId, layer, neuron }) => neuronHistory(store, versionId, { layer, neuron }),
    'neurons:switch-off': ({ versionId, layer, neuron }) => neurons.switchOff(versionId, { layer, neuron }),
    'neurons:try-hand-built': ({ versionId, neuron, weights, bias }) => neurons.handBuilt(versionId, neuron, weights, bias),
    'runs:list': (query) => store.runs.list(query),
    'runs:get': ({ runIds }) => store.runs.byId(runIds),
    'runs:get-versions': ({ runId }) => store.versions.ofRun(runId),
    'runs:thin': ({ runId, every, dryRun }) => {
      if (trainer.active()?.runId === runId) throw new DigitscopeError('busy', 'This run is still training: thin it once it has finished.', { reason: { key: 'still-training', action: 'thin' } })
      return store.runs.thin(runId, every, dryRun)
    },
    'store:get-size': () => store.size(),
    'store:get-info': () => ({ database: store.file, schemaVersion: store.schemaVersion }),
    'versions:mark-used': ({ versionId }) => (store.versions.markUsed(versionId), null),
    'versions:list-recent': () => store.versions.recent(),
    'runs:delete': ({ runId }) => {
      if (trainer.active()?.runId === runId) throw new DigitscopeError('busy', 'This run is still training: cancel it before deleting it.', { reason: { key: 'still-training', action: 'delete' } })
      store.runs.delete(runId)
      return null
    },
    'training:start': ({ config, name, preset, subset }) => ({ runId: trainer.start({ config, name, preset, subset }).runId }),
    'training:pause': ({ runId }) => (trainer.pause(runId), null),
    'training:resume': ({ runId }) => (trainer.resume(runId), null),
    'training:cancel': ({ runId }) => (void trainer.cancel(runId), null),
    'training:get-active': () => trainer.active(),
    'training:fine-tune': ({ versionId, epochs }) => ({ runId: startFineTune(store, networks, trainer, versionId, epochs) }),
    'lesson:get': () => readLessonProgress(store.settings),
    'lesson:set': (progress) => saveLessonProgress(store.settings, progress),
    'lesson:train-demo': (request) => trainDemo(request),
    'preferences:get': () => readPreferences(store.settings),
    'preferences:set': (changes) => {
      const preferences = savePreferences(store.settings, changes)
      onPreferences?.(preferences)
      return preferences
    }
  }
}

/** The version a call that names none reads with: the newest. */
function newestVersion(store: Store): number {
  const newest = store.versions.list()[0]
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
export function watchStore(store: Store, emit: Emit, intervalMs = 1000): () => void {
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
