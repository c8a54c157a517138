import { beforeEach, describe, expect, it, vi } from 'vitest'
import { themeOf, type Preferences as Stored } from '../../../shared/settings/preferences'
import * as api from './api'
import { Preferences } from './preferences.svelte'
import type { ApiDouble } from './test-doubles'

vi.mock('./api', () => import('./test-doubles').then((doubles) => doubles.apiDouble()))
const double = api as unknown as ApiDouble

describe('the theme', () => {
  beforeEach(() => double.reset())

  it('follows the OS: more contrast first, then a light colour scheme, else the dark standard theme', () => {
    expect(themeOf('system', { highContrast: true, dark: false })).toBe('high-contrast')
    expect(themeOf('system', { highContrast: false, dark: false })).toBe('light')
    expect(themeOf('system', { highContrast: false, dark: true })).toBe('standard')
    expect(themeOf('light', { highContrast: true, dark: true })).toBe('light')
  })

  it('switches high contrast off back to the theme it was switched on from', async () => {
    const preferences = new Preferences()
    // Each toggle, and the theme it must ask main to store (main answers with it).
    const steps: Array<['toggleLight' | 'toggleHighContrast', Stored['theme']]> = [
      ['toggleLight', 'light'],
      ['toggleHighContrast', 'high-contrast'],
      ['toggleHighContrast', 'light'],
      ['toggleLight', 'standard']
    ]
    for (const [toggle, theme] of steps) {
      double.answer('preferences:set', { language: 'system', theme })
      await preferences[toggle]()
      expect(preferences.theme).toBe(theme)
    }
    expect(double.call).toHaveBeenLastCalledWith('preferences:set', { theme: 'standard' })
  })
})
