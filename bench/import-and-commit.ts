// What importing and committing cost: the main thread's longest stall while a large model file is imported
// (read and checked in a worker), against parsing it on the main thread; and what synchronous=FULL costs
// per stored epoch. `npm run bench:import`; figures in docs/benchmarks.md.
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { initNetwork } from '../src/shared/network/init'
import { toModelFile } from '../src/shared/model/model-file'
import { Rng } from '../src/shared/network/rng'
import { openServices } from '../src/main/services/services'

const folder = mkdtempSync(join(tmpdir(), 'digitscope-bench-import-'))
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** The longest gap between ticks of a 2 ms timer while `work` runs: how long the thread could not answer. */
async function stallWhile(work: () => unknown): Promise<{ stallMs: number; totalMs: number }> {
  let last = performance.now()
  let stallMs = 0
  const timer = setInterval(() => {
    const now = performance.now()
    stallMs = Math.max(stallMs, now - last)
    last = now
  }, 2)
  const started = performance.now()
  await new Promise((resolve) => setTimeout(resolve, 10))
  await work()
  const totalMs = performance.now() - started
  await new Promise((resolve) => setTimeout(resolve, 10))
  clearInterval(timer)
  return { stallMs, totalMs }
}

try {
  const layers = [784, 1024, 1024, 1024, 10]
  const network = initNetwork({ layers, hiddenActivation: 'relu', outputActivation: 'softmax', cost: 'cross-entropy' }, 'he', new Rng(1))
  const text = JSON.stringify(toModelFile(network, { name: 'large', preset: null, epoch: 1, training: null, metrics: null, createdAt: '' }))
  const bytes = new TextEncoder().encode(text)
  console.log(`model file: ${layers.join('-')}, ${(bytes.length / 1e6).toFixed(1)} MB`)

  const services = openServices({ databaseFile: join(folder, 'import.db'), version: 'bench' })
  const worker: number[] = []
  const inline: number[] = []
  for (let i = 0; i < 3; i++) {
    const a = await stallWhile(() => services.dispatch('versions:import', { bytes, fileName: 'large.json' }))
    worker.push(a.stallMs)
    const b = await stallWhile(() => services.networks.importText(text, 'large.json'))
    inline.push(b.stallMs)
    console.log(`  run ${i + 1}: through the worker, main's longest stall ${a.stallMs.toFixed(0)} ms (import ${a.totalMs.toFixed(0)} ms); parsed on main ${b.stallMs.toFixed(0)} ms`)
  }
  console.log(`import, median of 3: main thread's longest stall ${median(worker).toFixed(0)} ms with the worker, ${median(inline).toFixed(0)} ms parsing on main`)
  const params = new Uint8Array(network.weights.reduce((n, w) => n + w.length, 0) * 4 + network.biases.reduce((n, b) => n + b.length, 0) * 4)
  const storing: number[] = []
  for (let i = 0; i < 3; i++) {
    const runId = services.store.runs.create({ name: 'store only', origin: { kind: 'imported', architecture: network.architecture }, status: 'completed' })
    storing.push((await stallWhile(() => services.store.versions.add(runId, { epoch: 1, layers, params }))).stallMs)
  }
  console.log(`  of which storing the ${(params.length / 1e6).toFixed(1)} MB of weights in one transaction: ${median(storing).toFixed(0)} ms (median of 3)`)
  await services.close()

  // synchronous: one 52 kB snapshot a commit, as training stores an epoch.
  for (const mode of ['NORMAL', 'FULL']) {
    const db = new Database(join(folder, `sync-${mode}.db`))
    db.pragma('journal_mode = WAL')
    db.pragma(`synchronous = ${mode}`)
    db.exec('CREATE TABLE s (id INTEGER PRIMARY KEY, params BLOB)')
    const insert = db.prepare('INSERT INTO s (params) VALUES (?)')
    const blob = Buffer.alloc(13_002 * 4, 7)
    const times: number[] = []
    for (let i = 0; i < 30; i++) {
      const started = performance.now()
      insert.run(blob)
      times.push(performance.now() - started)
    }
    console.log(`synchronous=${mode}: storing an epoch takes ${median(times).toFixed(2)} ms (median of 30)`)
    db.close()
  }
} finally {
  rmSync(folder, { recursive: true, force: true })
}
