import { DEFAULT_PREFERENCES, LANGUAGES, THEMES, type Preferences } from '../../shared/i18n/preferences'
import type { ModelStore } from './model-store'

/** The stored choices; a value this version does not know (a newer app wrote it) counts as the default. */
export function readPreferences(store: ModelStore): Preferences {
  const language = store.setting('ui.language')
  const theme = store.setting('ui.theme')
  return {
    language: language === 'system' || (LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Preferences['language']) : DEFAULT_PREFERENCES.language,
    theme: theme === 'system' || (THEMES as readonly string[]).includes(theme ?? '') ? (theme as Preferences['theme']) : DEFAULT_PREFERENCES.theme
  }
}

/** Stores the choices made (a field left out keeps its value) and returns them all. */
export function savePreferences(store: ModelStore, changes: Partial<Preferences>): Preferences {
  if (changes.language) store.setSetting('ui.language', changes.language)
  if (changes.theme) store.setSetting('ui.theme', changes.theme)
  return readPreferences(store)
}
