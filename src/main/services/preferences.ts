import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/settings/preferences'
import type { Settings } from './store/settings'

/** The stored choices; a value this version does not know (a newer app wrote it) counts as the default. */
export function readPreferences(settings: Settings): Preferences {
  return {
    language: settings.get('ui.language') ?? DEFAULT_PREFERENCES.language,
    theme: settings.get('ui.theme') ?? DEFAULT_PREFERENCES.theme
  }
}

/** Stores the choices made (a field left out keeps its value) and returns them all. */
export function savePreferences(settings: Settings, changes: Partial<Preferences>): Preferences {
  if (changes.language) settings.set('ui.language', changes.language)
  if (changes.theme) settings.set('ui.theme', changes.theme)
  return readPreferences(settings)
}
