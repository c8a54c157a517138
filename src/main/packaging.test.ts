import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// What the package holds and how it runs is tested by packaging it (install.test.ts); this checks the
// inputs electron-builder reads but cannot test on this machine: the installers' icons.
const ROOT = join(import.meta.dirname, '..', '..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  build: Record<'linux' | 'win' | 'mac', { target: string[]; icon: string }>
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file)
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

describe('the installers electron-builder makes on machines that can fetch Electron', () => {
  it('have square icons of at least 512 × 512 (macOS needs that size)', () => {
    for (const platform of ['linux', 'win', 'mac'] as const) {
      const [width, height] = pngSize(join(ROOT, pkg.build[platform].icon))
      expect(width, platform).toBeGreaterThanOrEqual(512)
      expect(height, platform).toBe(width)
    }
  })
})
