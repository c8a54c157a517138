/**
 * Channel and event names only — no schema library — so the sandboxed preload can bundle them alone.
 * `contract.ts` pairs each channel with its schema and result type and fails to compile if they drift.
 */
export const CHANNELS = [
  'app:info',
  'datasets:info',
  'datasets:samples',
  'datasets:mistakes',
  'versions:list',
  'versions:get',
  'versions:model',
  'versions:onnx',
  'versions:rename',
  'versions:annotate',
  'versions:compare',
  'versions:confusion',
  'versions:disagreements',
  'versions:import',
  'runs:delete',
  'drawings:save',
  'drawings:list',
  'drawings:relabel',
  'drawings:delete',
  'training:start',
  'training:pause',
  'training:resume',
  'training:cancel',
  'training:active',
  'training:finetune',
  'preferences:get',
  'preferences:set'
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
