import { describe, expect, it } from 'vitest'
import { runSummary as run, versionSummary as version } from '../common/test-doubles'
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
    // [key, focused row, what it does]
    const expected: Array<[string, number, object]> = [
      ['ArrowDown', 0, { focus: 1 }],
      ['ArrowUp', 0, { focus: 0 }],
      ['End', 0, { focus: 7 }],
      ['PageDown', 0, { focus: 7 }],
      ['PageUp', 7, { focus: 0 }],
      ['ArrowRight', 0, { expand: 3 }],
      ['ArrowRight', 1, { focus: 2 }],
      ['ArrowLeft', 1, { collapse: 2 }],
      ['ArrowLeft', 4, { focus: 1 }],
      ['Enter', 0, { expand: 3 }],
      [' ', 1, { collapse: 2 }],
      [' ', 3, { tick: 22 }]
    ]
    for (const [key, at, action] of expected) expect(treeAction(key, rows, at), `${key} at ${at}`).toEqual(action)
    // A run without epochs does not open.
    expect(treeAction('Enter', rows, 5)).toBeNull()
    expect(treeAction('ArrowRight', rows, 5)).toBeNull()
    expect(treeAction('x', rows, 0)).toBeNull()
  })
})
