// `npm run bench:draw`: per pointer move in the real renderer in Chromium — preprocessing, forward pass
// and chart update — timed with the renderer's own User Timing measures. Reports median, p95 and max.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchRendererHarness } from './harness/renderer-harness'
import { AppPage } from './pages/app-page'
import { DIGIT_PATHS, DrawPage } from './pages/draw-page'

const json = process.argv.includes('--json')
const folder = mkdtempSync(join(tmpdir(), 'digitscope-draw-bench-'))
const harness = await launchRendererHarness({ databaseFile: join(folder, 'd.db'), defaultModel: true })
try {
  const app = new AppPage(harness.page, harness.consoleErrors)
  await app.ready()
  const draw = new DrawPage(app)
  await draw.draw(DIGIT_PATHS.seven) // warm up: JIT, first chart layout
  await harness.page.evaluate(`performance.clearMeasures('digitscope:draw-update')`)
  for (let round = 0; round < 8; round++) {
    for (const digit of ['one', 'zero', 'seven'] as const) {
      await draw.clear()
      await draw.draw(DIGIT_PATHS[digit])
    }
  }
  const durations = (await harness.page.evaluate(
    `performance.getEntriesByName('digitscope:draw-update').map((e) => e.duration)`
  )) as number[]
  durations.sort((a, b) => a - b)
  const at = (q: number) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))]
  const result = { updates: durations.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: durations.at(-1) ?? 0 }
  if (json) console.log(JSON.stringify(result))
  else {
    console.log(`pointer move → preprocess → forward → charts, ${result.updates} updates in Chromium:`)
    console.log(`  median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms, max ${result.maxMs.toFixed(2)} ms (target p95 ≤ 4 ms)`)
  }
} finally {
  await harness.close()
  rmSync(folder, { recursive: true, force: true })
}
