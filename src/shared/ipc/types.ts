import type { Architecture } from '../network/architecture'
import type { RunOrigin } from '../model/run-origin'
import type { LoopProgress } from '../training/training-loop'

/** Values that cross IPC between main and the renderer. Plain data only (structured-clone and JSON safe). */

export type Split = 'train' | 'test'

export interface AppInfo {
  name: string
  version: string
  /** Where the model store lives, shown so a user can find and back it up. */
  databasePath: string
  platform: string
}

export interface SplitInfo {
  split: Split
  count: number
  rows: number
  cols: number
  /** How many images carry each label 0–9. */
  labelCounts: number[]
}

export interface DatasetsInfo {
  name: 'MNIST'
  source: string
  train: SplitInfo
  test: SplitInfo
}

export interface DigitSample {
  split: Split
  index: number
  label: number
  /** 784 brightness bytes, row-major, 0 = background, 255 = ink. */
  pixels: number[]
}

/** A test image a version gets wrong, with its answer. */
export interface Mistake extends DigitSample {
  predicted: number
}

/** A version's weights as stored: the snapshot BLOB as it is, decoded with the store's own unpackParams. */
export interface VersionWeights {
  architecture: Architecture
  params: Uint8Array
}

/** Ids, as the store changed them. */
interface ChangedIds {
  added: number[]
  updated: number[]
  deleted: number[]
}

/**
 * What one committed write changed, so the renderer can update by delta. `external`: another process
 * (the CLI) wrote to the file, and what it changed is not known here: refetch.
 */
export interface VersionsChanged {
  runs: ChangedIds
  versions: ChangedIds
  /** The saved drawings (my handwriting) changed; they are scored beside the versions. */
  drawings: boolean
  external: boolean
}

export type RunStatus = 'running' | 'paused' | 'completed' | 'cancelled' | 'failed' | 'interrupted' | 'diverged'

export interface VersionSummary {
  versionId: number
  runId: number
  runName: string
  runStatus: RunStatus
  preset: string | null
  /** Neurons per layer, input first: [784, 16, 16, 10]. */
  layers: number[]
  epoch: number
  name: string | null
  testAccuracy: number | null
  testCost: number | null
  trainCost: number | null
  trainSeconds: number | null
  createdAt: string
  /** How the run's versions were made: its training config, or the architecture of an imported file; null if unreadable. */
  origin: RunOrigin | null
  /** The version this run was fine-tuned from, if any: its lineage. */
  parentVersionId: number | null
  notes: string
  tags: string[]
}

/** One epoch of a run, as a run's summary names its last and its best. */
export interface VersionBrief {
  versionId: number
  epoch: number
  name: string | null
  testAccuracy: number | null
}

/** A run as the Versions view and the picker list it: its epochs come on demand (runs:get-versions). */
export interface RunSummary {
  runId: number
  name: string
  status: RunStatus
  preset: string | null
  layers: number[]
  /** η and batch size of a run trained here; null for a file imported without its training settings. */
  eta: number | null
  batchSize: number | null
  parentVersionId: number | null
  createdAt: string
  error: string | null
  /** How many epochs are stored as versions. */
  epochs: number
  last: VersionBrief | null
  best: VersionBrief | null
}

export const RUN_SORTS = ['newest', 'oldest', 'best', 'name'] as const

export interface RunListQuery {
  offset: number
  limit: number
  /** Matches run names, version names, notes and tags. */
  text?: string
  sort: (typeof RUN_SORTS)[number]
}

export interface RunPage {
  /** How many runs match, of which `runs` is one page. */
  total: number
  runs: RunSummary[]
}

/** Thinning a run: which epochs stay, which go, and the space that frees. */
export interface ThinResult {
  kept: number[]
  removed: number[]
  /** Measured after the delete and an incremental vacuum; estimated from the weights' size for a preview. */
  bytesFreed: number
}

export interface StoreSize {
  /** The database file and its write-ahead log, on disk. */
  bytes: number
  versions: number
}

/** A test image as a neuron sees it: its weighted input z. */
interface ProfiledSample extends DigitSample {
  z: number
}

export interface NeuronProfileView {
  /** The 9 test images with the highest z. */
  top: ProfiledSample[]
  /** The images at the minimum, quartiles and maximum of z. */
  spread: Array<ProfiledSample & { quantile: number }>
  meanActivationByDigit: number[]
}

/** The input that excites a neuron most: found by gradient ascent; for a first-layer neuron also the exact answer. */
export interface NeuronAnswer {
  image: number[]
  z: number
  history: number[]
  exact: number[] | null
  /** z for the exact answer: never below the gradient ascent's. */
  exactZ: number | null
}

interface Scores {
  accuracy: number
  perClassAccuracy: number[]
}

/** Test accuracy, overall and per digit, before and after a change to one neuron. */
export interface SwitchOffResult {
  before: Scores
  after: Scores
}

/** How one neuron's incoming weights formed, epoch by epoch (epoch 0: the weights the run started from). */
export interface NeuronHistory {
  epochs: number[]
  /** The neuron's incoming weights at each epoch. */
  weights: number[][]
  biases: number[]
  /** For each epoch and weight layer: the root-mean-square change of the layer's weights since the epoch before (0 at the first). */
  movement: number[][]
}

/** A hand-built neuron put in the network: the accuracy change, and its own mean activation for each digit. */
export interface HandBuiltResult extends SwitchOffResult {
  meanActivationByDigit: number[]
}

/** The lesson's training demonstration: the lecture's network from its random start, on the first `images` MNIST training images. */
export interface LessonDemoRequest {
  seed: number
  images: number
  passes: number
}

/** The demonstration's snapshots, the random start first, then one after each `parts`-th of a pass; nothing is stored. */
export interface LessonDemo {
  images: number
  passes: number
  parts: number
  /** How long the worker took, start to last snapshot. */
  seconds: number
  snapshots: Array<{
    seen: number
    /** Mean Σ(a − y)² of the images trained on since the snapshot before. */
    cost: number
    /** The first `tested` MNIST test digits read right by these weights. */
    correct: number
    tested: number
    /** The weights (packParams, as a version's). */
    params: Uint8Array
  }>
}

export type ErrorCode =
  | 'invalid-argument'
  | 'unknown-channel'
  | 'not-found'
  | 'dataset-unavailable'
  | 'database'
  | 'foreign-database'
  | 'untrusted-sender'
  | 'disk-full'
  | 'read-only'
  | 'busy'
  | 'internal'

/** What could not be saved when the disk refused a write. */
export type SaveTarget = { kind: 'change' } | { kind: 'database' } | { kind: 'epoch'; epoch: number; keptEpochs: number } | { kind: 'results' }

/** Why a file given to Digitscope could not be read. */
export type FileProblem = 'missing' | 'path-not-folder' | 'link-loop' | 'name-too-long' | 'permission' | 'folder' | 'pipe' | 'device' | 'other'

/**
 * Why a request failed, with what a sentence about it needs, so each UI language can say it in its own words
 * (main's `message` is English, for logs and the terminal). Failures without one fall back to the message.
 */
export type ErrorReason =
  | { key: 'no-version'; versionId: number }
  | { key: 'no-run'; runId: number }
  | { key: 'no-drawing'; drawingId: number }
  | { key: 'not-training'; runId: number }
  | { key: 'training-busy'; runName: string }
  | { key: 'still-training'; action: 'thin' | 'delete' }
  | { key: 'disk-full'; file: string; target: SaveTarget }
  | { key: 'read-only'; file: string; target: SaveTarget }
  | { key: 'disk-error'; file: string; target: SaveTarget; code: string }
  | { key: 'model-file'; file: string; detail: string }
  | { key: 'file-unreadable'; file: string; problem: FileProblem }
  | { key: 'file-too-big'; file: string; megabytes: number; limitMegabytes: number }
  | { key: 'no-drawings' }
  | { key: 'no-training-settings'; versionId: number }

export type ErrorReasonKey = ErrorReason['key']

/** A failure as the UI words it: main's English `message`, and when it has one, a `reason` other languages can word. */
export type Failure = { code?: ErrorCode; message: string; reason?: ErrorReason }

export interface ApiFailure {
  code: ErrorCode
  message: string
  reason?: ErrorReason
}

/** What every IPC call answers: errors travel as data so their message survives the bridge intact. */
export type Envelope<R> = { ok: true; value: R } | { ok: false; error: ApiFailure }

/** A training run as the Train view follows it. */
export interface TrainingState {
  runId: number
  status: RunStatus | 'starting'
  error: string | null
  /** Why it failed, when the UI can say it in its own language (a full or read-only disk). */
  reason?: ErrorReason
}

/** Training progress as the worker reports it, tagged with its run. */
export type TrainingProgress = LoopProgress & { runId: number }

export interface TrainingEpoch {
  runId: number
  epoch: number
  epochs: number
  versionId: number
  trainCost: number
  testAccuracy: number
  testCost: number
  seconds: number
}

/** The run in progress, enough to redraw the Train view from scratch (after a reload, say). */
export interface ActiveRun {
  runId: number
  name: string
  preset: string | null
  state: TrainingState
  progress: TrainingProgress | null
  epochs: TrainingEpoch[]
}

export interface CurvePoint {
  epoch: number
  testAccuracy: number | null
  trainCost: number | null
  testCost: number | null
}

/** What the comparison shows of one version. */
export interface ComparedVersion {
  version: VersionSummary
  /** Every epoch of its run, for the overlaid curves. */
  curve: CurvePoint[]
  perClassAccuracy: number[] | null
  /** On the user's own saved drawings; null while there are none. */
  handwritingAccuracy: number | null
  handwritingCount: number
  /** confusion[actual][predicted]. */
  confusion: number[][] | null
}

/** A test image the compared versions answer differently; answers[i] is version i's. */
export interface Disagreement extends DigitSample {
  answers: number[]
}

/** One of the user's own labelled drawings, as the network sees it (28 × 28 bytes, ink = 255). */
export interface SavedDrawing {
  id: number
  label: number
  pixels: number[]
  createdAt: string
}

/** A version's reading of one image: the digit, the output layer, and every layer's activations (6 decimals). */
export interface Prediction {
  versionId: number
  prediction: number
  outputs: number[]
  layers: number[][]
}

/** The database in use. */
export interface StoreInfo {
  database: string
  schemaVersion: number
}
