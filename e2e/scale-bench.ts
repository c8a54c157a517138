// `npm run bench:scale`: does the app feel the same with 10 000 stored versions as with 10? Fills a
// temporary store with N runs × 30 epochs through the store's own API (N = 40, 100, 340), opens the real
// renderer in Chromium on it, and measures, as medians of 3: runs:list in main (time, payload), opening the
// Versions view until its rows show, switching to Draw, opening a comparison of 2 versions, the database's
// size, and the longest main-thread task in the Draw view while a 6-epoch run on 3 000 images trains.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ModelStore } from '../src/main/services/model-store'
import { parseModelFile } from '../src/shared/nn/model-file'
import { packParams } from '../src/shared/nn/params'
import { PRESETS } from '../src/shared/nn/presets'
import { launchRendererHarness } from './harness/renderer-harness'
import { AppPage } from './pages/app-page'
import { openComparison } from '../scripts/open-comparison'

const json = process.argv.includes('--json')
const sizes = (process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? '40,100,340').split(',').map(Number)
const REPEATS = 3
const EPOCHS = 30
const ROOT = join(import.meta.dirname, '..')
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const log = (line: string) => !json && console.log(line)

const bundled = parseModelFile(readFileSync(join(ROOT, 'resources', 'default-model.digitscope.json'), 'utf8'))
const params = packParams(bundled.network)

/** N runs of 30 epochs, each run one transaction, as training would have stored them over a term. */
function fill(file: string, runs: number): void {
  const store = ModelStore.open(file)
  for (let r = 0; r < runs; r++) {
    store.transaction(() => {
      const runId = store.createRun({ name: `run ${r + 1}`, preset: 'classic', origin: { kind: 'trained', config: PRESETS.classic.config }, status: 'completed' })
      for (let epoch = 1; epoch <= EPOCHS; epoch++) {
        store.addSnapshot(runId, { epoch, layers: bundled.network.layers, params, testAccuracy: 0.8 + ((r * 7 + epoch * 13) % 100) / 1000, trainCost: 0.1, testCost: 0.1 })
      }
    })
  }
  store.close()
}

interface Row {
  runs: number
  versions: number
  listMs: number
  listKB: number
  openVersionsMs: number
  toDrawMs: number
  compareMs: number
  databaseMB: number
  longestTaskMs: number
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
      for (let i = 0; i < REPEATS; i++) {
        let started = performance.now()
        await app.openByKeyboard('Versions')
        await page.getByTestId('run-row').first().waitFor()
        openVersionsMs.push(performance.now() - started)
        started = performance.now()
        await app.openByKeyboard('Draw')
        await page.getByTestId('drawing-pad').waitFor()
        toDrawMs.push(performance.now() - started)
      }

      const all = services.store.listRuns({ offset: 0, limit: 200, sort: 'newest' }).runs
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
    `${String(row.versions).padStart(6)} versions (${runs} runs): runs:list ${row.listMs.toFixed(1)} ms, ${row.listKB.toFixed(1)} kB · Versions view ${row.openVersionsMs.toFixed(0)} ms · back to Draw ${row.toDrawMs.toFixed(0)} ms · comparison ${row.compareMs.toFixed(0)} ms · database ${row.databaseMB.toFixed(0)} MB · longest task while training ${row.longestTaskMs.toFixed(0)} ms`
  )
}
if (json) console.log(JSON.stringify(rows))
