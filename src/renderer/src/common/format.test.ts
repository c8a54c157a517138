import { describe, expect, it } from 'vitest'
import { formatBytes, formatCount, formatDuration, formatPercent } from './format'
import { i18n } from './i18n/i18n.svelte'
import { viewForShortcut } from './views'

describe('formatting', () => {
  it('groups thousands as the UI language does: commas in English and in Korean', () => {
    expect(formatCount(60000)).toBe('60,000')
    expect(formatCount(999)).toBe('999')
    expect(formatCount(1234567.4)).toBe('1,234,567')
    i18n.language = 'ko'
    expect(formatCount(60000)).toBe('60,000')
    expect(formatPercent(0.9512)).toBe('95.1%')
    i18n.language = 'en'
  })
  it('shows fractions as percentages and durations in human units', () => {
    expect(formatPercent(0.9512)).toBe('95.1%')
    expect(formatPercent(null)).toBe('—')
    expect(formatDuration(12.34)).toBe('12.3 s')
    expect(formatDuration(125)).toBe('2 min 5 s')
  })
  it('writes sizes on disk in decimal units, one decimal below 10', () => {
    expect(formatBytes(534_123_456)).toBe('534 MB')
    expect(formatBytes(2_345)).toBe('2.3 kB')
    expect(formatBytes(1_500_000_000)).toBe('1.5 GB')
    expect(formatBytes(512)).toBe('512 byte')
    i18n.language = 'ko'
    expect(formatBytes(534_123_456)).toBe('534MB')
    i18n.language = 'en'
  })
})

describe('view shortcuts', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods })
  it('maps Ctrl/Cmd+1..4 to the four views and nothing else', () => {
    expect(viewForShortcut(key('1', { ctrlKey: true }))).toBe('draw')
    expect(viewForShortcut(key('2', { metaKey: true }))).toBe('train')
    expect(viewForShortcut(key('3', { ctrlKey: true }))).toBe('versions')
    expect(viewForShortcut(key('4', { ctrlKey: true }))).toBe('lesson')
    expect(viewForShortcut(key('5', { ctrlKey: true }))).toBeUndefined()
    expect(viewForShortcut(key('1'))).toBeUndefined()
    expect(viewForShortcut(key('1', { ctrlKey: true, shiftKey: true }))).toBeUndefined()
  })
})
