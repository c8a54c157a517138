import * as v from 'valibot'
import { finiteNumber, objectOf, wholeNumber } from '../schema'
import type { Channel, EventName } from './channels'
import { LIMITS, TrainConfigSchema } from '../training/config'
import { PRESET_NAMES } from '../training/presets'
import { MAX_MODEL_FILE_CHARS } from '../model/model-file'
import type { Preferences } from '../settings/preferences'
import { LanguageChoiceSchema, LessonProgressSchema, ThemeChoiceSchema } from '../settings/schemas'
import type { LessonProgress } from '../lesson/lesson-steps'
import type { ActiveRun, SavedDrawing, ComparedVersion, Disagreement, Mistake, AppInfo, DatasetsInfo, DigitSample, TrainingEpoch, TrainingProgress, TrainingState, VersionsChanged, VersionSummary, VersionWeights, RunPage, RunSummary, ThinResult, StoreSize, NeuronProfileView, NeuronAnswer, SwitchOffResult, HandBuiltResult, NeuronHistory, Prediction, StoreInfo, LessonDemo } from './types'
import type { Evaluation } from '../training/evaluate'
import { RUN_SORTS } from './types'

export { CHANNELS, EVENTS, isChannel, isEventName, type Channel, type EventName } from './channels'

/** Pairs an argument schema, checked at runtime in main, with a result type that exists only for the compiler. */
function channel<Result>() {
  return <Args extends v.GenericSchema>(args: Args) => ({ args, result: undefined as unknown as Result })
}

const noArgs = v.undefined('this channel takes no argument')

const MAX_SAMPLES_PER_CALL = 200

const versionIdSchema = wholeNumber('versionId', 1, Number.MAX_SAFE_INTEGER)
const versionIdList = v.pipe(
  v.array(versionIdSchema, 'versionIds must be a list of version ids'),
  v.minLength(2, 'compare at least 2 versions'),
  v.maxLength(8, 'compare at most 8 versions at once')
)
const runIdSchema = wholeNumber('runId', 1, Number.MAX_SAFE_INTEGER)
const runRef = v.strictObject({ runId: runIdSchema }, objectOf('runId'))
export const MAX_RUNS_PER_CALL = 200
/** A run's name, as training and import give it. */
const runName = v.pipe(v.string('name must be text'), v.trim(), v.minLength(1, 'name must not be empty'), v.maxLength(LIMITS.nameLength.max, `name must be at most ${LIMITS.nameLength.max} characters`))
/** A neuron of a version: `layer` 1 is the first hidden layer, the last is the output layer. */
const neuronRef = v.strictObject(
  {
    versionId: wholeNumber('versionId', 1, Number.MAX_SAFE_INTEGER),
    layer: wholeNumber('layer', 1, LIMITS.hiddenLayers.max + 1),
    neuron: wholeNumber('neuron', 0, LIMITS.layerSize.max - 1)
  },
  objectOf('versionId, layer, neuron')
)

/** Every renderer → main call: channel name (`domain:verb`) → argument schema and result type. */
export const contract = {
  'app:get-info': channel<AppInfo>()(noArgs),
  'datasets:get-info': channel<DatasetsInfo>()(noArgs),
  'datasets:get-samples': channel<DigitSample[]>()(
    v.strictObject(
      {
        split: v.picklist(['train', 'test'], 'split must be "train" or "test"'),
        offset: wholeNumber('offset', 0, 59_999),
        count: wholeNumber('count', 1, MAX_SAMPLES_PER_CALL)
      },
      objectOf('split, offset, count')
    )
  ),
  /** The MNIST test images a version gets wrong, a page at a time. */
  'datasets:list-mistakes': channel<{ total: number; items: Mistake[] }>()(
    v.strictObject(
      {
        versionId: wholeNumber('versionId', 1, Number.MAX_SAFE_INTEGER),
        offset: wholeNumber('offset', 0, 9_999),
        count: wholeNumber('count', 1, MAX_SAMPLES_PER_CALL)
      },
      objectOf('versionId, offset, count')
    )
  ),
  'versions:get': channel<VersionSummary>()(
    v.strictObject(
      { versionId: wholeNumber('versionId', 1, Number.MAX_SAFE_INTEGER) },
      objectOf('versionId')
    )
  ),
  /** A version's stored weights as bytes (Electron's IPC carries typed arrays as they are). */
  'versions:get-weights': channel<VersionWeights>()(v.strictObject({ versionId: versionIdSchema }, objectOf('versionId'))),
  /** A version as a .digitscope.json model file, UTF-8 bytes. */
  'versions:export-model': channel<{ bytes: Uint8Array }>()(v.strictObject({ versionId: versionIdSchema }, objectOf('versionId'))),
  /** A version as an ONNX file. */
  'versions:export-onnx': channel<{ bytes: Uint8Array }>()(v.strictObject({ versionId: versionIdSchema }, objectOf('versionId'))),
  'versions:rename': channel<null>()(
    v.strictObject(
      { versionId: versionIdSchema, name: v.pipe(v.string('name must be text'), v.maxLength(100, 'name must be at most 100 characters')) },
      objectOf('versionId, name')
    )
  ),
  'versions:annotate': channel<null>()(
    v.strictObject(
      {
        versionId: versionIdSchema,
        notes: v.pipe(v.string('notes must be text'), v.maxLength(2000, 'notes must be at most 2 000 characters')),
        tags: v.pipe(
          v.array(
            v.pipe(v.string('a tag must be text'), v.trim(), v.minLength(1, 'a tag must not be empty'), v.maxLength(40, 'a tag must be at most 40 characters')),
            'tags must be a list'
          ),
          v.maxLength(10, 'at most 10 tags')
        )
      },
      objectOf('versionId, notes, tags')
    )
  ),
  'versions:compare': channel<ComparedVersion[]>()(v.strictObject({ versionIds: versionIdList }, objectOf('versionIds'))),
  /** The test images of one confusion-matrix cell: labelled `actual`, read as `predicted`. */
  'versions:list-confusion-images': channel<{ total: number; items: DigitSample[] }>()(
    v.strictObject(
      {
        versionId: versionIdSchema,
        actual: wholeNumber('actual', 0, 9),
        predicted: wholeNumber('predicted', 0, 9),
        offset: wholeNumber('offset', 0, 9_999),
        count: wholeNumber('count', 1, MAX_SAMPLES_PER_CALL)
      },
      objectOf('versionId, actual, predicted, offset, count')
    )
  ),
  'versions:list-disagreements': channel<{ total: number; items: Disagreement[] }>()(
    v.strictObject(
      { versionIds: versionIdList, offset: wholeNumber('offset', 0, 9_999), count: wholeNumber('count', 1, MAX_SAMPLES_PER_CALL) },
      objectOf('versionIds, offset, count')
    )
  ),
  /** A model file's text (dropped or opened by the user); validated in full before anything is stored. */
  'versions:import': channel<{ versionId: number }>()(
    v.strictObject(
      {
        bytes: v.pipe(
          v.instance(Uint8Array, 'bytes must be the file\'s bytes'),
          v.check((bytes) => bytes.length <= MAX_MODEL_FILE_CHARS, `the file is larger than ${MAX_MODEL_FILE_CHARS / 1_000_000} MB`)
        ),
        fileName: v.pipe(v.string('fileName must be text'), v.maxLength(260, 'fileName is too long')),
        /** The new run's name; the file's own name when left out. */
        name: v.optional(runName)
      },
      objectOf('bytes, fileName, name?')
    )
  ),
  /** Every stored version, newest run first and within a run newest epoch first. */
  'versions:list': channel<VersionSummary[]>()(noArgs),
  /** Accuracy, per-digit accuracy, confusion matrix and mean cost on the 10 000 MNIST test images. */
  'versions:evaluate': channel<Evaluation>()(v.strictObject({ versionId: versionIdSchema }, objectOf('versionId'))),
  /** One preprocessed 28 × 28 image read by a version (the newest when left out), with every layer's activations. */
  'versions:predict': channel<Prediction>()(
    v.strictObject(
      {
        versionId: v.optional(versionIdSchema),
        pixels: v.pipe(
          v.array(v.pipe(v.number('every pixel must be a number'), v.minValue(0, 'pixels are 0 to 1'), v.maxValue(1, 'pixels are 0 to 1')), 'pixels must be a list'),
          v.length(784, 'an image has 784 pixels')
        )
      },
      objectOf('versionId?, pixels')
    )
  ),
  /** What one neuron responds to on the test images: the top 9 by z, the spread, the mean activation per digit. */
  'neurons:profile': channel<NeuronProfileView>()(neuronRef),
  /** The input that excites one neuron most. */
  'neurons:maximise': channel<NeuronAnswer>()(neuronRef),
  /** One neuron's incoming weights at every stored epoch of its version's run, and how far each layer moved. */
  'neurons:history': channel<NeuronHistory>()(neuronRef),
  /** Test accuracy, per digit, with one hidden neuron switched off (held at 0). */
  'neurons:switch-off': channel<SwitchOffResult>()(neuronRef),
  /** Test accuracy with a hand-built neuron in place of neuron `neuron` of the first hidden layer, and what it responds to. */
  'neurons:try-hand-built': channel<HandBuiltResult>()(
    v.strictObject(
      {
        versionId: versionIdSchema,
        neuron: wholeNumber('neuron', 0, LIMITS.layerSize.max - 1),
        weights: v.pipe(
          v.array(v.pipe(finiteNumber('a weight'), v.check((w) => Number.isFinite(Math.fround(w)), 'a weight must fit in float32')), 'weights must be a list of numbers'),
          v.length(784, 'a first-layer neuron has 784 weights')
        ),
        bias: finiteNumber('bias')
      },
      objectOf('versionId, neuron, weights, bias')
    )
  ),
  /** Deletes a run and its snapshots (its versions), nothing else. */
  'runs:delete': channel<null>()(runRef),
  /** Runs with their last and best epoch, filtered, sorted and a page at a time. */
  'runs:list': channel<RunPage>()(
    v.strictObject(
      {
        offset: wholeNumber('offset', 0, Number.MAX_SAFE_INTEGER),
        limit: wholeNumber('limit', 1, MAX_RUNS_PER_CALL),
        text: v.optional(v.pipe(v.string('text must be text'), v.maxLength(200, 'text must be at most 200 characters'))),
        sort: v.picklist(RUN_SORTS, `sort must be one of ${RUN_SORTS.join(', ')}`)
      },
      objectOf('offset, limit, text?, sort')
    )
  ),
  /** These runs' summaries, as they are now (after a versions:changed event); unknown ids are left out. */
  'runs:get': channel<RunSummary[]>()(
    v.strictObject(
      { runIds: v.pipe(v.array(runIdSchema, 'runIds must be a list of run ids'), v.maxLength(MAX_RUNS_PER_CALL, `at most ${MAX_RUNS_PER_CALL} runs at once`)) },
      objectOf('runIds')
    )
  ),
  /** Every stored epoch of one run, in order. */
  'runs:get-versions': channel<VersionSummary[]>()(runRef),
  /** Keeps a run's first, best and last epoch and every k-th, deletes the rest; `dryRun` only says what it would do. */
  'runs:thin': channel<ThinResult>()(
    v.strictObject(
      { runId: runIdSchema, every: wholeNumber('every', 1, 1000), dryRun: v.boolean('dryRun must be true or false') },
      objectOf('runId, every, dryRun')
    )
  ),
  'store:get-size': channel<StoreSize>()(noArgs),
  /** The database file in use and its schema version. */
  'store:get-info': channel<StoreInfo>()(noArgs),
  /** The version picker's "recently used": Draw tells when it reads with a version. */
  'versions:mark-used': channel<null>()(v.strictObject({ versionId: versionIdSchema }, objectOf('versionId'))),
  'versions:list-recent': channel<VersionSummary[]>()(noArgs),
  'drawings:save': channel<{ id: number }>()(
    v.strictObject(
      {
        label: wholeNumber('label', 0, 9),
        pixels: v.pipe(
          v.array(v.pipe(v.number('every pixel must be a number'), v.minValue(0, 'pixels are 0 to 1'), v.maxValue(1, 'pixels are 0 to 1')), 'pixels must be a list'),
          v.length(784, 'a drawing has 784 pixels')
        )
      },
      objectOf('label, pixels')
    )
  ),
  'drawings:list': channel<SavedDrawing[]>()(noArgs),
  'drawings:relabel': channel<null>()(
    v.strictObject({ id: wholeNumber('id', 1, Number.MAX_SAFE_INTEGER), label: wholeNumber('label', 0, 9) }, objectOf('id, label'))
  ),
  'drawings:delete': channel<null>()(v.strictObject({ id: wholeNumber('id', 1, Number.MAX_SAFE_INTEGER) }, objectOf('id'))),
  'training:start': channel<{ runId: number }>()(
    v.strictObject(
      {
        config: TrainConfigSchema,
        name: runName,
        preset: v.nullable(v.picklist(PRESET_NAMES, `preset must be one of ${PRESET_NAMES.join(', ')}`)),
        subset: v.optional(wholeNumber('training images', LIMITS.trainingImages.min, LIMITS.trainingImages.max))
      },
      objectOf('config, name, preset, subset?')
    )
  ),
  'training:pause': channel<null>()(runRef),
  'training:resume': channel<null>()(runRef),
  'training:cancel': channel<null>()(runRef),
  'training:get-active': channel<ActiveRun | null>()(noArgs),
  /** Trains a version further on the user's drawings mixed with MNIST, as a new run derived from it. */
  'training:fine-tune': channel<{ runId: number }>()(
    v.strictObject({ versionId: versionIdSchema, epochs: wholeNumber('epochs', 1, 50) }, objectOf('versionId, epochs'))
  ),
  'preferences:get': channel<Preferences>()(noArgs),
  /** Either or both; answers the preferences as stored. */
  'preferences:set': channel<Preferences>()(
    v.strictObject(
      {
        language: v.optional(LanguageChoiceSchema),
        theme: v.optional(ThemeChoiceSchema)
      },
      objectOf('language?, theme?')
    )
  ),
  /** Where the learner is in the lesson, and the answers given so far. */
  'lesson:get': channel<LessonProgress>()(noArgs),
  'lesson:set': channel<LessonProgress>()(LessonProgressSchema),
  /** Step 11: trains the lecture's network from its random start on a few MNIST images, in a worker; stores nothing. */
  'lesson:train-demo': channel<LessonDemo>()(
    v.strictObject(
      {
        seed: wholeNumber('seed', LIMITS.seed.min, LIMITS.seed.max),
        images: wholeNumber('images', 100, 20_000),
        passes: wholeNumber('passes', 1, 3)
      },
      objectOf('seed, images, passes')
    )
  )
} as const satisfies { [C in Channel]: { args: v.GenericSchema; result: unknown } }

type Contract = typeof contract
/** What a caller passes. */
export type ArgOf<C extends Channel> = v.InferInput<Contract[C]['args']>
/** What a handler receives once the schema has checked (and defaulted) it. */
export type CheckedArgOf<C extends Channel> = v.InferOutput<Contract[C]['args']>
export type ResultOf<C extends Channel> = Contract[C]['result']

/** Every main → renderer event: name → payload. */
export interface EventMap extends Record<EventName, unknown> {
  /** The model store changed, by this app or another process such as the CLI. */
  'versions:changed': VersionsChanged
  /** A run started, paused, resumed or ended (with the error text if it failed). */
  'training:state': TrainingState
  /** Several times a second while a run trains; the worker throttles them, so IPC is never flooded. */
  'training:progress': TrainingProgress
  /** An epoch finished and was stored as a version. */
  'training:epoch': TrainingEpoch
  /** A menu command the renderer carries out (it knows which version is in use). */
  'app:command': { command: 'export-model' | 'export-onnx' }
  /** The language or theme was chosen anew (the main process rebuilds its menu in that language). */
  'preferences:changed': Preferences
}
