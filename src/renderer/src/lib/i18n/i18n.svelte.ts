import type { Language } from '../../../../shared/i18n/preferences'
import { en, type Messages } from './en'
import { ko } from './ko'

const CATALOGUES: Record<Language, Messages> = { en, ko }

class I18n {
  language = $state<Language>('en')

  get messages(): Messages {
    return CATALOGUES[this.language]
  }
}

export const i18n = new I18n()

/** The current catalogue; read in a template or a $derived, it re-renders when the language changes. */
export const t = (): Messages => i18n.messages
