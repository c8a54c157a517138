import { DEFAULT_PREFERENCES, languageOf, themeOf, type Language, type Preferences as Stored, type Theme } from '../../../shared/settings/preferences'
import { call, on } from './api'

const HIGH_CONTRAST_QUERIES = ['(prefers-contrast: more)', '(forced-colors: active)']
const LIGHT_QUERY = '(prefers-color-scheme: light)'

/**
 * The language and theme: as chosen (stored in the database, so the menu follows too), with `system`
 * resolved from the browser's languages and the OS's contrast and colour-scheme settings, which are
 * watched for changes.
 */
export class Preferences {
  choice = $state<Stored>({ ...DEFAULT_PREFERENCES })
  private systemLanguages = $state<readonly string[]>(typeof navigator === 'undefined' ? [] : navigator.languages)
  private systemHighContrast = $state(false)
  private systemLight = $state(false)
  /** The theme high contrast was switched on from, to go back to when it is switched off. */
  private beforeHighContrast: Theme | null = null

  readonly language: Language = $derived(languageOf(this.choice.language, this.systemLanguages))
  readonly theme: Theme = $derived(themeOf(this.choice.theme, { highContrast: this.systemHighContrast, dark: !this.systemLight }))

  /** Loads the stored choice and starts watching; returns the function that stops watching. */
  async start(): Promise<() => void> {
    const contrast = HIGH_CONTRAST_QUERIES.map((query) => window.matchMedia(query))
    const light = window.matchMedia(LIGHT_QUERY)
    const readSystem = () => {
      this.systemHighContrast = contrast.some((query) => query.matches)
      this.systemLight = light.matches
    }
    const readLanguages = () => (this.systemLanguages = navigator.languages)
    readSystem()
    const queries = [...contrast, light]
    queries.forEach((query) => query.addEventListener('change', readSystem))
    window.addEventListener('languagechange', readLanguages)
    const stopEvents = on('preferences:changed', (stored) => (this.choice = stored))
    try {
      this.choice = await call('preferences:get')
    } catch {
      // Unreadable preferences are not worth an error: the defaults follow the system.
    }
    return () => {
      stopEvents()
      queries.forEach((query) => query.removeEventListener('change', readSystem))
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

  /** High contrast on, or off again to the theme it was switched on from (the header's button, Ctrl+Shift+H). */
  toggleHighContrast(): Promise<void> {
    if (this.theme !== 'high-contrast') {
      this.beforeHighContrast = this.theme
      return this.set({ theme: 'high-contrast' })
    }
    return this.set({ theme: this.beforeHighContrast ?? (this.systemLight ? 'light' : 'standard') })
  }

  /** Light on, or back to the dark standard theme (the header's button). */
  toggleLight(): Promise<void> {
    return this.set({ theme: this.theme === 'light' ? 'standard' : 'light' })
  }
}
