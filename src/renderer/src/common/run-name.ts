import { displayRunName } from '../../../shared/i18n/run-names'
import { t } from './i18n/i18n.svelte'

/** A stored run name as the UI's language shows it: the bundled model and fine-tuning runs are stored as keys. */
export function runName(stored: string): string {
  return displayRunName(stored, t().runNames)
}
