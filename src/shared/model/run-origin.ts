import * as v from 'valibot'
import { HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS } from '../network/activation-functions'
import type { Architecture } from '../network/architecture'
import { architectureOf, LIMITS, parseTrainConfig, type TrainConfig } from '../training/config'
import { COSTS } from '../network/costs'

/** Where a run's versions came from: trained with a config, or a model file imported without one. */
export type RunOrigin = { kind: 'trained'; config: TrainConfig } | { kind: 'imported'; architecture: Architecture }

const ArchitectureSchema = v.object({
  layers: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(LIMITS.layerSize.min), v.maxValue(LIMITS.layerSize.max))), v.minLength(2)),
  hiddenActivation: v.picklist(HIDDEN_ACTIVATIONS),
  outputActivation: v.picklist(OUTPUT_ACTIVATIONS),
  cost: v.picklist(COSTS)
})

/**
 * Reads what the store keeps in runs.config: `{kind, …}` as written now, or the two untagged shapes that
 * earlier versions wrote (a training config, or `{architecture}`). Null when it is neither.
 */
export function readRunOrigin(stored: unknown): RunOrigin | null {
  const tagged = stored as { kind?: unknown; config?: unknown; architecture?: unknown } | null
  const config = parseTrainConfig(tagged?.kind === 'trained' ? tagged.config : stored)
  if (config.ok) return { kind: 'trained', config: config.config }
  const architecture = v.safeParse(ArchitectureSchema, tagged?.architecture)
  return architecture.success ? { kind: 'imported', architecture: architecture.output } : null
}

export function architectureOfOrigin(origin: RunOrigin): Architecture {
  return origin.kind === 'trained' ? architectureOf(origin.config) : origin.architecture
}

/** One setting of the run, as far as its origin records it: an imported file knows only its architecture. */
export function settingOf<K extends keyof TrainConfig>(origin: RunOrigin | null, key: K): TrainConfig[K] | undefined {
  if (!origin) return undefined
  if (origin.kind === 'trained') return origin.config[key]
  return key in origin.architecture ? (origin.architecture as Partial<TrainConfig>)[key] : undefined
}
