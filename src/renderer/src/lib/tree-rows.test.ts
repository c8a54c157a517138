import { describe, expect, it } from 'vitest'
import { runSummary as run, versionSummary as version } from './test-doubles'
import { treeAction, treeRows } from './tree-rows'

describe('the tree’s rows', () => {
  const runs = [run(3), run(2, { epochs: 3 }), run(1, { epochs: 0, last: null, best: null })]
  const epochs = new Map([[2, [version(21, 2, 1), version(22, 2, 2), version(23, 2, 3)]]])

  it('lists each run, an open run’s epochs newest first, and a placeholder per run not fetched yet', () => {
    const rows = treeRows(runs, 5, epochs)
    expect(rows.map((r) => r.key)).toEqual(['run-3', 'run-2', 'version-23', 'version-22', 'version-21', 'run-1', 'placeholder-4', 'placeholder-5'])
    expect(rows[1]).toMatchObject({ kind: 'run', expanded: true, position: 2 })
    expect(rows[2]).toMatchObject({ kind: 'version', position: 1, size: 3 })
    expect(treeRows(runs, 3, new Map([[3, null]])).map((r) => r.kind)).toEqual(['run', 'loading', 'run', 'run'])
  })

  it('moves by arrows, pages, Home and End; Right and Enter open, Left closes or goes up to the run; Space ticks', () => {
    const rows = treeRows(runs, 5, epochs)
    expect(treeAction('ArrowDown', rows, 0)).toEqual({ focus: 1 })
    expect(treeAction('ArrowUp', rows, 0)).toEqual({ focus: 0 })
    expect(treeAction('End', rows, 0)).toEqual({ focus: 7 })
    expect(treeAction('PageDown', rows, 0)).toEqual({ focus: 7 })
    expect(treeAction('PageUp', rows, 7)).toEqual({ focus: 0 })
    expect(treeAction('ArrowRight', rows, 0)).toEqual({ expand: 3 })
    expect(treeAction('ArrowRight', rows, 1)).toEqual({ focus: 2 })
    expect(treeAction('ArrowLeft', rows, 1)).toEqual({ collapse: 2 })
    expect(treeAction('ArrowLeft', rows, 4)).toEqual({ focus: 1 })
    expect(treeAction('Enter', rows, 0)).toEqual({ expand: 3 })
    expect(treeAction(' ', rows, 1)).toEqual({ collapse: 2 })
    expect(treeAction(' ', rows, 3)).toEqual({ tick: 22 })
    // A run without epochs does not open.
    expect(treeAction('Enter', rows, 5)).toBeNull()
    expect(treeAction('ArrowRight', rows, 5)).toBeNull()
    expect(treeAction('x', rows, 0)).toBeNull()
  })
})
