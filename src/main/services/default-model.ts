import { existsSync } from 'node:fs'
import { BUNDLED_RUN_NAME } from '../../shared/i18n/run-names'
import type { Store } from './store/store'
import type { VersionNetworks } from './version-networks'

export const DEFAULT_MODEL_FILE = 'default-model.digitscope.json'

/**
 * On the very first start, imports the bundled pretrained model so the user can draw at once. Only
 * once: a user who deletes it does not get it back on the next start. Returns the new version id.
 */
export function seedDefaultModel(store: Store, networks: VersionNetworks, file: string): number | undefined {
  if (store.settings.get('default-model-imported') !== undefined) return undefined
  const firstStart = store.versions.list().length === 0
  let versionId: number | undefined
  if (firstStart && existsSync(file)) versionId = networks.importFile(file, BUNDLED_RUN_NAME)
  store.settings.set('default-model-imported', new Date().toISOString())
  return versionId
}
