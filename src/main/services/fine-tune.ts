import { fineTuneRunName } from '../../shared/i18n/run-names'
import { packParams } from '../../shared/model/params'
import { DigitscopeError } from './errors/errors'
import type { Store } from './store/store'
import type { VersionNetworks } from './version-networks'
import type { Trainer } from './trainer'

/** MNIST images mixed with the user's drawings in a fine-tuning run; the drawings make up about 5 %. */
const FINE_TUNE_MNIST = 20_000

export function startFineTune(store: Store, networks: VersionNetworks, trainer: Trainer, versionId: number, epochs: number): number {
  const drawings = store.drawings.list()
  if (drawings.length === 0) {
    throw new DigitscopeError('invalid-argument', 'Save some of your own drawings first (Draw view): fine-tuning learns from them.', { reason: { key: 'no-drawings' } })
  }
  const { network, summary, config } = networks.load(versionId)
  if (!config) {
    throw new DigitscopeError('invalid-argument', `Version ${versionId} was imported without its training settings, so it cannot be trained further.`, {
      reason: { key: 'no-training-settings', versionId }
    })
  }
  const pixels = new Uint8Array(drawings.length * 784)
  drawings.forEach((drawing, i) => pixels.set(drawing.pixels, i * 784))
  return trainer.start({
    config: { ...config, epochs },
    name: fineTuneRunName(summary.name ?? summary.runName),
    preset: summary.preset,
    subset: FINE_TUNE_MNIST,
    parentVersionId: versionId,
    initialParams: packParams(network),
    extra: { pixels, labels: Uint8Array.from(drawings, (d) => d.label), repeat: Math.max(1, Math.ceil(1000 / drawings.length)) }
  }).runId
}

