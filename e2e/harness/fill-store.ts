import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Store } from '../../src/main/services/store/store'
import { parseModelFile } from '../../src/shared/model/model-file'
import { packParams } from '../../src/shared/model/params'
import { PRESETS } from '../../src/shared/training/presets'
import { ROOT } from './renderer-harness'

/** The bundled model's weights, so every filled version can be drawn with. */
function bundledWeights(): { layers: number[]; params: Uint8Array } {
  const bundled = parseModelFile(readFileSync(join(ROOT, 'resources', 'default-model.digitscope.json'), 'utf8'))
  return { layers: bundled.network.layers, params: packParams(bundled.network) }
}

/**
 * Fills a store through its own API with `runs` runs of `epochs` epochs each, one transaction per run, as
 * training would have stored them over a term. Accuracies vary by run and epoch; `name` names each run.
 */
export function fillStore(file: string, options: { runs: number; epochs: number; name?: (run: number) => string; realWeights?: boolean }): void {
  const { layers, params } = options.realWeights === false ? { layers: [784, 16, 16, 10], params: new Uint8Array(8) } : bundledWeights()
  const store = Store.open(file)
  try {
    for (let r = 0; r < options.runs; r++) {
      store.transaction(() => {
        const runId = store.runs.create({ name: options.name?.(r + 1) ?? `run ${r + 1}`, preset: 'classic', origin: { kind: 'trained', config: PRESETS.classic.config }, status: 'completed' })
        for (let epoch = 1; epoch <= options.epochs; epoch++) {
          store.versions.add(runId, { epoch, layers, params, testAccuracy: 0.8 + ((r * 7 + epoch * 13) % 100) / 1000, trainCost: 0.1, testCost: 0.1, trainSeconds: 1.5 })
        }
      })
    }
  } finally {
    store.close()
  }
}
