import { existsSync } from 'node:fs'
import { BUNDLED_RUN_NAME } from '../../shared/i18n/run-names'
import type { ModelStore } from './model-store'
import type { Models } from './models'

const SEEDED = 'default-model-imported'
export const DEFAULT_MODEL_FILE = 'default-model.digitscope.json'

/**
 * On the very first start, imports the bundled pretrained model so the user can draw at once. Only
 * once: a user who deletes it does not get it back on the next start. Returns the new version id.
 */
export function seedDefaultModel(store: ModelStore, models: Models, file: string): number | undefined {
  if (store.setting(SEEDED) !== undefined) return undefined
  const firstStart = store.listVersions().length === 0
  let versionId: number | undefined
  if (firstStart && existsSync(file)) versionId = models.importFile(file, BUNDLED_RUN_NAME)
  store.setSetting(SEEDED, new Date().toISOString())
  return versionId
}
