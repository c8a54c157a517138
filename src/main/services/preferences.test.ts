import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Store } from './store/store'
import { openServices } from './services'
import { useTempFolder, writeSettingText } from './test-support'

const tempFolder = useTempFolder()

describe('preferences (language and theme), stored in the database', () => {
  it('follow the system until chosen, are kept across restarts, and are announced so the menu can follow', async () => {
    const databaseFile = join(tempFolder(), 'digitscope.db')
    const events: Array<[string, unknown]> = []
    const first = openServices({ databaseFile, version: 'test', emit: (event, payload) => events.push([event, payload]) })
    expect(await first.dispatch('preferences:get', undefined)).toEqual({ ok: true, value: { language: 'system', theme: 'system' } })
    expect(await first.dispatch('preferences:set', { language: 'ko' })).toEqual({ ok: true, value: { language: 'ko', theme: 'system' } })
    expect(await first.dispatch('preferences:set', { theme: 'high-contrast' })).toEqual({ ok: true, value: { language: 'ko', theme: 'high-contrast' } })
    expect(events.filter(([event]) => event === 'preferences:changed').map(([, payload]) => payload)).toEqual([
      { language: 'ko', theme: 'system' },
      { language: 'ko', theme: 'high-contrast' }
    ])
    expect((await first.dispatch('preferences:set', { language: 'fr' })).ok).toBe(false)
    await first.close()

    const second = openServices({ databaseFile, version: 'test' })
    expect(await second.dispatch('preferences:get', undefined)).toEqual({ ok: true, value: { language: 'ko', theme: 'high-contrast' } })
    await second.close()
  })

  it('read a value a newer version wrote, and this one does not know, as the default', async () => {
    const databaseFile = join(tempFolder(), 'digitscope.db')
    Store.open(databaseFile).close()
    writeSettingText(databaseFile, 'ui.language', 'tlh')
    writeSettingText(databaseFile, 'ui.theme', 'sepia')
    const services = openServices({ databaseFile, version: 'test' })
    expect(await services.dispatch('preferences:get', undefined)).toEqual({ ok: true, value: { language: 'system', theme: 'system' } })
    await services.close()
  })
})
