import type { Language } from '../../../../shared/settings/preferences'
import { en, ko, type Messages } from './catalogue'

const CATALOGUES: Record<Language, Messages> = { en, ko }

class I18n {
  private source = $state<() => Language>(() => 'en')
  /** The UI's language: the preferences' once `follow` is called (a test may set it directly). */
  language = $derived(this.source())

  /** Takes the language from `source` (the preferences' resolved language) from now on. */
  follow(source: () => Language): void {
    this.source = source
  }

  get messages(): Messages {
    return CATALOGUES[this.language]
  }
}

export const i18n = new I18n()

/** The current catalogue; read in a template or a $derived, it re-renders when the language changes. */
export const t = (): Messages => i18n.messages
