import { describe, expect, it } from 'vitest'
import { css, mix, parseColour, readColours } from './theme.svelte'

/** Every component and module of the renderer, read by the bundler. */
const SOURCES = import.meta.glob<string>(['../**/*.svelte', '../**/*.ts', '!../**/*.test.ts'], { query: '?raw', import: 'default', eager: true })

/**
 * Modules allowed colour literals: the theme module itself (it writes the CSS colours canvases use), and
 * the drawing's offscreen raster, whose white-on-black is the network's input encoding (ink = 1), not a
 * colour anyone sees.
 */
const ALLOWED = new Set(['./theme.svelte.ts', '../draw/drawing.svelte.ts'])
const LITERAL = /#[0-9a-fA-F]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/

describe('colours', () => {
  it('live in app.css and the theme module only: no component writes a colour of its own', () => {
    const files = Object.keys(SOURCES).filter((file) => !ALLOWED.has(file))
    expect(files.length).toBeGreaterThan(40)
    const found = files.flatMap((file) =>
      SOURCES[file]
        .split('\n')
        .map((line, i) => [line, i] as const)
        .filter(([line]) => LITERAL.test(line))
        .map(([line, i]) => `${file}:${i + 1}: ${line.trim()}`)
    )
    expect(found).toEqual([])
  })

  it('are read from the CSS variables of the theme in force', () => {
    const style = { getPropertyValue: (name: string) => ({ '--blue': ' #5aa9ff', '--paper': '#000', '--series-2': '#e69f00' })[name] ?? '' }
    const colours = readColours(style)
    expect(colours.blue).toBe('#5aa9ff')
    expect(colours.paper).toBe('#000')
    expect(colours.series).toHaveLength(8)
    expect(colours.series[1]).toBe('#e69f00')
  })

  it('parse and mix as canvases need them', () => {
    expect(parseColour('#5aa9ff')).toEqual([90, 169, 255])
    expect(parseColour('#fff')).toEqual([255, 255, 255])
    expect(parseColour('rgb(1, 2, 3)')).toEqual([1, 2, 3])
    expect(parseColour('rgb(1 2 3 / 0.5)')).toEqual([1, 2, 3])
    expect(parseColour('not a colour')).toEqual([0, 0, 0])
    expect(mix([0, 0, 0], [200, 100, 50], 0.5)).toEqual([100, 50, 25])
    expect(mix([0, 0, 0], [200, 100, 50], 7)).toEqual([200, 100, 50])
    expect(mix([10, 20, 30], [200, 100, 50], Number.NaN)).toEqual([10, 20, 30])
    expect(css([100.4, 50.6, 25], 0.5)).toBe('rgb(100 51 25 / 0.5)')
    expect(css([1, 2, 3])).toBe('rgb(1 2 3)')
  })
})
