import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NEW_LESSON } from '../../../shared/lesson/lesson-steps'
import { useTempFolder, writeSettingText } from '../test-support'
import { readSetting } from './settings'
import { Store } from './store'

const tempFolder = useTempFolder()

describe('settings, one schema per key', () => {
  it('give back what was stored, typed, across a reopen', () => {
    const file = join(tempFolder(), 'digitscope.db')
    const store = Store.open(file)
    const place = { x: 10, y: 20, width: 1000, height: 700, maximized: true }
    const lesson = { step: 2, answers: NEW_LESSON.answers.map((_, i) => (i < 2 ? 1 : null)) }
    store.settings.set('ui.language', 'ko')
    store.settings.set('ui.theme', 'high-contrast')
    store.settings.set('lesson.progress', lesson)
    store.settings.set('default-model-imported', '2026-01-01T00:00:00.000Z')
    store.settings.set('versions.recent', [3, 1])
    store.settings.set('window.place', place)
    store.close()
    const again = Store.open(file)
    expect(['ui.language', 'ui.theme', 'lesson.progress', 'default-model-imported', 'versions.recent', 'window.place'].map((key) => again.settings.get(key as 'ui.theme'))).toEqual([
      'ko',
      'high-contrast',
      lesson,
      '2026-01-01T00:00:00.000Z',
      [3, 1],
      place
    ])
    again.close()
  })

  it('read a value they do not know — a newer app’s, a damaged one — as absent, keeping what they can of a list', () => {
    const file = join(tempFolder(), 'digitscope.db')
    Store.open(file).close()
    writeSettingText(file, 'ui.theme', 'sepia')
    writeSettingText(file, 'lesson.progress', '{"step": 99}')
    writeSettingText(file, 'versions.recent', '[4, "x", 2.5, 7]')
    writeSettingText(file, 'window.place', '{not json')
    const store = Store.open(file)
    expect([store.settings.get('ui.theme'), store.settings.get('lesson.progress'), store.settings.get('versions.recent'), store.settings.get('window.place'), store.settings.get('ui.language')]).toEqual([
      undefined,
      undefined,
      [4, 7],
      undefined,
      undefined
    ])
    store.close()
    expect(readSetting('versions.recent', '{"a": 1}')).toBeUndefined()
  })
})
