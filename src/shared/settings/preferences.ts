/** The languages Digitscope speaks; `system` follows the operating system's. */
export const LANGUAGES = ['en', 'ko'] as const
export type Language = (typeof LANGUAGES)[number]
export type LanguageChoice = Language | 'system'

/** `standard` is the dark theme. `system` follows the OS: a "more contrast" or forced-colours setting picks high contrast, a light colour scheme the light theme. */
export const THEMES = ['standard', 'light', 'high-contrast'] as const
export type Theme = (typeof THEMES)[number]

/** Each theme's page background (app.css's --bg, which a test holds equal): the window is filled with it before the page paints. */
export const THEME_BACKGROUNDS: Record<Theme, string> = { standard: '#0f1420', light: '#f3f5f9', 'high-contrast': '#000' }

/** The theme in use: the one chosen, or for `system` what the OS asks for. */
export function themeOf(choice: ThemeChoice, system: { highContrast: boolean; dark: boolean }): Theme {
  if (choice !== 'system') return choice
  return system.highContrast ? 'high-contrast' : system.dark ? 'standard' : 'light'
}
type ThemeChoice = Theme | 'system'

export interface Preferences {
  language: LanguageChoice
  theme: ThemeChoice
}

export const DEFAULT_PREFERENCES: Preferences = { language: 'system', theme: 'system' }

/** The UI language for a BCP 47 tag such as "ko-KR" or "en-GB": Korean for Korean, English otherwise. */
export function languageOf(choice: LanguageChoice, systemLocales: readonly string[]): Language {
  if (choice !== 'system') return choice
  for (const locale of systemLocales) {
    const base = locale.toLowerCase().split(/[-_]/)[0]
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language
  }
  return 'en'
}
