import { DEFAULT_PREFERENCES, languageOf, type Language, type Preferences as Stored, type Theme } from '../../../shared/i18n/preferences'
import { call, on } from './api'

const HIGH_CONTRAST_QUERIES = ['(prefers-contrast: more)', '(forced-colors: active)']

/**
 * The language and theme: as chosen (stored in the database, so the menu follows too), with `system`
 * resolved from the browser's languages and the OS's contrast settings, which are watched for changes.
 */
export class Preferences {
  choice = $state<Stored>({ ...DEFAULT_PREFERENCES })
  private systemLanguages = $state<readonly string[]>(typeof navigator === 'undefined' ? [] : navigator.languages)
  private systemHighContrast = $state(false)

  readonly language: Language = $derived(languageOf(this.choice.language, this.systemLanguages))
  readonly theme: Theme = $derived(this.choice.theme === 'system' ? (this.systemHighContrast ? 'high-contrast' : 'standard') : this.choice.theme)

  /** Loads the stored choice and starts watching; returns the function that stops watching. */
  async start(): Promise<() => void> {
    const queries = HIGH_CONTRAST_QUERIES.map((query) => window.matchMedia(query))
    const readContrast = () => (this.systemHighContrast = queries.some((query) => query.matches))
    const readLanguages = () => (this.systemLanguages = navigator.languages)
    readContrast()
    queries.forEach((query) => query.addEventListener('change', readContrast))
    window.addEventListener('languagechange', readLanguages)
    const stopEvents = on('preferences:changed', (stored) => (this.choice = stored))
    try {
      this.choice = await call('preferences:get')
    } catch {
      // Unreadable preferences are not worth an error: the defaults follow the system.
    }
    return () => {
      stopEvents()
      queries.forEach((query) => query.removeEventListener('change', readContrast))
      window.removeEventListener('languagechange', readLanguages)
    }
  }

  /** Applies at once, then stores; if storing fails the choice still holds for this session. */
  async set(changes: Partial<Stored>): Promise<void> {
    this.choice = { ...this.choice, ...changes }
    try {
      this.choice = await call('preferences:set', changes)
    } catch {
      // Kept for this session; a read-only database must not stop anyone switching language.
    }
  }
}
