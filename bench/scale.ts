// `npm run bench:scale`: does the app feel the same with 10 000 stored versions as with 10? Fills a
// temporary store with N runs × 30 epochs through the store's own API (N = 40, 100, 340), opens the real
// renderer in Chromium on it, and measures, as medians of 3: runs:list in main (time, payload), opening the
// Versions view until its rows are painted, switching back to Draw until the pad is painted (both timed in
// the page, from the Ctrl+3 / Ctrl+1 keydown to the paint that shows the view, and also as Playwright sees
// them, key press to element), how many rows the Versions view puts in the DOM, opening a comparison of 2
// versions, the database's size, and the longest main-thread task in the Draw view while a 6-epoch run on
// 3 000 images trains.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PRESETS } from '../src/shared/training/presets'
import { fillStore } from '../e2e/harness/fill-store'
import { launchRendererHarness } from '../e2e/harness/renderer-harness'
import { AppPage } from '../e2e/pages/app-page'
import { openComparison } from './open-comparison'

const json = process.argv.includes('--json')
const sizes = (process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? '40,100,340').split(',').map(Number)
const REPEATS = 3
const EPOCHS = 30
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const log = (line: string) => !json && console.log(line)

/** N runs of 30 epochs, each run one transaction, as training would have stored them over a term. */
const fill = (file: string, runs: number) => fillStore(file, { runs, epochs: EPOCHS })

interface Row {
  runs: number
  versions: number
  listMs: number
  listKB: number
  openVersionsMs: number
  toDrawMs: number
  /** The same switches as Playwright's key press and wait see them (its input round trip included). */
  openVersionsDriverMs: number
  toDrawDriverMs: number
  /** Rows of the Versions view in the DOM (a tree-grid row, or a table row in the old view). */
  domRows: number
  compareMs: number
  databaseMB: number
  longestTaskMs: number
}

/**
 * A view switch as the user sees it, timed in the page: from the Ctrl+`key` keydown to the paint after the
 * view's `selector` is in the DOM (the next animation frame, then a task, so the paint is included).
 */
async function switchInPage(page: import('@playwright/test').Page, key: string, selector: string): Promise<number> {
  await page.waitForTimeout(200) // whatever the last switch started (MNIST thumbnails, charts) has settled
  return (await page.evaluate(`new Promise((resolve) => {
    const started = performance.now()
    window.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, ctrlKey: true, bubbles: true }))
    const painted = () => setTimeout(() => resolve(performance.now() - started), 0)
    const check = () => (document.querySelector(${JSON.stringify(selector)}) ? requestAnimationFrame(painted) : requestAnimationFrame(check))
    check()
  })`)) as number
}

async function measure(runs: number): Promise<Row> {
  const folder = mkdtempSync(join(tmpdir(), 'digitscope-scale-'))
  const databaseFile = join(folder, 'digitscope.db')
  try {
    fill(databaseFile, runs)
    const harness = await launchRendererHarness({ databaseFile, viewport: { width: 1280, height: 800 } })
    try {
      const app = new AppPage(harness.page, harness.consoleErrors)
      await app.ready()
      const { services, page } = harness
      const query = { offset: 0, limit: 100, sort: 'newest' as const }
      const listMs: number[] = []
      let listKB = 0
      for (let i = 0; i < REPEATS; i++) {
        const started = performance.now()
        const answer = await services.dispatch('runs:list', query)
        listMs.push(performance.now() - started)
        listKB = JSON.stringify(answer).length / 1024
      }

      const openVersionsMs: number[] = []
      const toDrawMs: number[] = []
      const openVersionsDriverMs: number[] = []
      const toDrawDriverMs: number[] = []
      let domRows = 0
      for (let i = 0; i < REPEATS; i++) {
        openVersionsMs.push(await switchInPage(page, '3', '[data-testid="run-row"]'))
        domRows = (await page.evaluate(`document.querySelectorAll('[data-testid="versions-table"] [role="row"], [data-testid="versions-table"] tr').length`)) as number
        toDrawMs.push(await switchInPage(page, '1', '[data-testid="drawing-pad"]'))
        let started = performance.now()
        await app.openByKeyboard('Versions')
        await page.getByTestId('run-row').first().waitFor()
        openVersionsDriverMs.push(performance.now() - started)
        started = performance.now()
        await app.openByKeyboard('Draw')
        await page.getByTestId('drawing-pad').waitFor()
        toDrawDriverMs.push(performance.now() - started)
      }

      const all = services.store.runs.list({ offset: 0, limit: 200, sort: 'newest' }).runs
      const compareMs: number[] = []
      for (let i = 0; i < REPEATS; i++) {
        const versionIds = [all[i].last!.versionId, all[all.length - 1 - i].best!.versionId]
        const started = performance.now()
        await openComparison(services.dispatch, versionIds)
        compareMs.push(performance.now() - started)
      }

      // The Draw view open while a run trains and every epoch lands in the store.
      await page.evaluate(`window.__longTasks = []; new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' })`)
      await services.trainer.start({ config: { ...PRESETS.classic.config, epochs: 6 }, name: 'during the bench', preset: 'classic', subset: 3000 }).done
      await page.waitForTimeout(500)
      const longTasks = (await page.evaluate('window.__longTasks')) as number[]

      const size = services.store.size()
      return {
        runs,
        versions: size.versions,
        listMs: median(listMs),
        listKB,
        openVersionsMs: median(openVersionsMs),
        toDrawMs: median(toDrawMs),
        openVersionsDriverMs: median(openVersionsDriverMs),
        toDrawDriverMs: median(toDrawDriverMs),
        domRows,
        compareMs: median(compareMs),
        databaseMB: size.bytes / 2 ** 20,
        longestTaskMs: Math.max(0, ...longTasks)
      }
    } finally {
      await harness.close()
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

const rows: Row[] = []
for (const runs of sizes) {
  const row = await measure(runs)
  rows.push(row)
  log(
    `${String(row.versions).padStart(6)} versions (${runs} runs): runs:list ${row.listMs.toFixed(1)} ms, ${row.listKB.toFixed(1)} kB · Versions view ${row.openVersionsMs.toFixed(0)} ms (Playwright ${row.openVersionsDriverMs.toFixed(0)}), ${row.domRows} rows in the DOM · back to Draw ${row.toDrawMs.toFixed(0)} ms (Playwright ${row.toDrawDriverMs.toFixed(0)}) · comparison ${row.compareMs.toFixed(0)} ms · database ${row.databaseMB.toFixed(0)} MB · longest task while training ${row.longestTaskMs.toFixed(0)} ms`
  )
}
if (json) console.log(JSON.stringify(rows))
