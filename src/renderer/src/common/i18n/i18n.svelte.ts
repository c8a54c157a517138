import type { Language } from '../../../../shared/settings/preferences'
import type { Messages } from './messages'

let catalogues: Record<Language, Messages> | undefined

/** The catalogues t() reads, one per language: set once by the shell before anything is shown. */
export function useCatalogues(given: Record<Language, Messages>): void {
  catalogues = given
}

class I18n {
  private source = $state<() => Language>(() => 'en')
  /** The UI's language: the preferences' once `follow` is called (a test may set it directly). */
  language = $derived(this.source())

  /** Takes the language from `source` (the preferences' resolved language) from now on. */
  follow(source: () => Language): void {
    this.source = source
  }

  get messages(): Messages {
    if (!catalogues) throw new Error('no strings yet: the shell hands the catalogues to useCatalogues (app/catalogue.ts) before the first paint')
    return catalogues[this.language]
  }
}

export const i18n = new I18n()

/** The current catalogue; read in a template or a $derived, it re-renders when the language changes. */
export const t = (): Messages => i18n.messages
