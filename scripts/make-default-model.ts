// `npm run make-default-model`: trains the classic preset (seed 1, 30 epochs) on all of MNIST and writes
// resources/default-model.digitscope.json, the model a first start imports. Same seed, same file: it trains
// with the plain TypeScript reference (float64), as the file was made before the WebAssembly kernels.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RUN_NAME_WORDS_EN } from '../src/shared/i18n/run-names'
import { PRESETS } from '../src/shared/training/presets'
import { openServices } from '../src/main/services/services'

process.env.DIGITSCOPE_TRAINER = 'reference'
// The file keeps the English name for other tools; a first start stores it under its key (run-names.ts).
const NAME = RUN_NAME_WORDS_EN.bundled
const OUT = join(import.meta.dirname, '..', 'resources', 'default-model.digitscope.json')
const folder = mkdtempSync(join(tmpdir(), 'digitscope-default-'))
const services = openServices({ databaseFile: join(folder, 'build.db'), version: 'build' })
try {
  services.trainer.subscribe((event) => {
    if (event.type === 'epoch') console.log(`epoch ${event.epoch.epoch}/${event.epoch.epochs}: ${(event.epoch.testAccuracy * 100).toFixed(2)} %`)
  })
  const outcome = await services.trainer.start({ config: PRESETS.classic.config, name: NAME, preset: 'classic' }).done
  if (outcome.versionId === null) throw new Error('training produced no version')
  const file = services.networks.exportFile(outcome.versionId) as Record<string, unknown>
  // A fixed date keeps the file byte-identical when it is made again.
  writeFileSync(OUT, `${JSON.stringify({ ...file, name: NAME, createdAt: '2026-01-01T00:00:00.000Z' })}\n`)
  console.log(`wrote ${OUT}: test accuracy ${((outcome.testAccuracy ?? 0) * 100).toFixed(2)} %`)
} finally {
  await services.close()
  rmSync(folder, { recursive: true, force: true })
}
