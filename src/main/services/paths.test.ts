import { describe, expect, it } from 'vitest'
import { databasePath } from './paths'

describe('where the database lives', () => {
  it('is Digitscope/digitscope.db under the platform config folder', () => {
    expect(databasePath({}, 'linux', '/home/ada')).toBe('/home/ada/.config/Digitscope/digitscope.db')
    expect(databasePath({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ada')).toBe('/cfg/Digitscope/digitscope.db')
    expect(databasePath({}, 'darwin', '/Users/ada')).toBe('/Users/ada/Library/Application Support/Digitscope/digitscope.db')
    expect(databasePath({ APPDATA: 'C:/Users/ada/AppData/Roaming' }, 'win32', 'C:/Users/ada')).toMatch(
      /^C:\/Users\/ada\/AppData\/Roaming[/\\]Digitscope[/\\]digitscope\.db$/
    )
  })

  it('is overridden by DIGITSCOPE_DB', () => {
    expect(databasePath({ DIGITSCOPE_DB: '/tmp/x.db' }, 'linux', '/home/ada')).toBe('/tmp/x.db')
  })
})
