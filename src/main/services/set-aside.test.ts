import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Store } from './store/store'
import { setAsideDatabase } from './set-aside'
import { useTempFolder } from './test-support'

const tempFolder = useTempFolder()

describe('a database the app cannot use', () => {
  it('is kept aside byte for byte, and a fresh database opens in its place', () => {
    const file = join(tempFolder(), 'digitscope.db')
    const junk = Buffer.from('SQLite format 3\0' + 'x'.repeat(5000))
    writeFileSync(file, junk)
    expect(() => Store.open(file)).toThrow(/cannot be used|damaged/)
    const backup = setAsideDatabase(file, new Date('2026-11-29T12:00:00Z'))
    expect(backup).toBe(`${file}.unusable-2026-11-29T12-00-00-000Z`)
    expect(readFileSync(backup).equals(junk)).toBe(true)
    const fresh = Store.open(file)
    expect(fresh.versions.list()).toEqual([])
    fresh.close()
  })
})
