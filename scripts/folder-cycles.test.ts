// No folder of src imports, through its files, a folder that imports it back: each folder can be read
// (and moved) knowing only what lies below it in the import table of docs/architecture.md.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')
const CHECKED = ['src/main', 'src/shared', 'src/preload', 'src/renderer']

/** Folder → the folders its source files import (tests aside), by relative import. */
function folderImports(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>()
  const files = CHECKED.flatMap((folder) => readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).map((file) => join(ROOT, folder, file)))
  for (const file of files.filter((f) => /\.(ts|mjs|svelte)$/.test(f) && !/\.test\.ts$/.test(f))) {
    const from = relative(ROOT, dirname(file))
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const to = relative(ROOT, dirname(resolve(dirname(file), specifier)))
      if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to))
    }
  }
  return edges
}

/** Every cycle found, as the path that closes it. */
function cycles(edges: Map<string, Set<string>>): string[][] {
  const found: string[][] = []
  const done = new Set<string>()
  const visit = (folder: string, path: string[]) => {
    const at = path.indexOf(folder)
    if (at >= 0) return void found.push([...path.slice(at), folder])
    if (done.has(folder)) return
    for (const next of edges.get(folder) ?? []) visit(next, [...path, folder])
    done.add(folder)
  }
  for (const folder of edges.keys()) visit(folder, [])
  return found
}

describe('folder imports', () => {
  it(`form no cycle in ${CHECKED.join(', ')}`, () => {
    expect(cycles(folderImports()).map((cycle) => cycle.join(' → '))).toEqual([])
  })

  it('would be caught: a cycle made up is found', () => {
    const edges = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]])
    expect(cycles(edges)).toEqual([['a', 'b', 'c', 'a']])
  })
})
