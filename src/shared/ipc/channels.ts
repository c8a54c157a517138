/**
 * Channel and event names only — no schema library — so the sandboxed preload can bundle them alone.
 * `contract.ts` pairs each channel with its schema and result type and fails to compile if they drift.
 */
export const CHANNELS = [
  'app:get-info',
  'datasets:get-info',
  'datasets:get-samples',
  'datasets:list-mistakes',
  'versions:get',
  'versions:get-weights',
  'versions:export-model',
  'versions:export-onnx',
  'versions:rename',
  'versions:annotate',
  'versions:compare',
  'versions:list-confusion-images',
  'versions:list-disagreements',
  'versions:import',
  'versions:list',
  'versions:evaluate',
  'versions:predict',
  'neurons:profile',
  'neurons:maximise',
  'neurons:history',
  'neurons:switch-off',
  'neurons:try-hand-built',
  'runs:delete',
  'runs:list',
  'runs:get',
  'runs:get-versions',
  'runs:thin',
  'store:get-size',
  'store:get-info',
  'versions:mark-used',
  'versions:list-recent',
  'drawings:save',
  'drawings:list',
  'drawings:relabel',
  'drawings:delete',
  'training:start',
  'training:pause',
  'training:resume',
  'training:cancel',
  'training:get-active',
  'training:fine-tune',
  'preferences:get',
  'preferences:set',
  'lesson:get',
  'lesson:set',
  'lesson:train-demo'
] as const
export type Channel = (typeof CHANNELS)[number]

export const EVENTS = ['versions:changed', 'training:state', 'training:progress', 'training:epoch', 'app:command', 'preferences:changed'] as const
export type EventName = (typeof EVENTS)[number]

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENTS as readonly string[]).includes(value)
}
