import { Datasets } from '../src/main/services/datasets'
import { architectureOf } from '../src/shared/nn/config'
import { initNetwork } from '../src/shared/nn/init'
import { PRESETS } from '../src/shared/nn/presets'
import { Rng } from '../src/shared/nn/rng'
import { SgdTrainer } from '../src/shared/nn/sgd'
import { toSparseImages } from '../src/shared/nn/sparse-images'
const d = new Datasets(); const tr = d.load('train'); const train = toSparseImages(tr.pixels, tr.labels, 784)
const config = PRESETS.classic.config; const rng = new Rng(1)
const t = new SgdTrainer(initNetwork(architectureOf(config), config.init, rng), config, rng)
for (let e = 0; e < 5; e++) { const s = performance.now(); t.trainEpoch(train); console.log(((performance.now() - s) / 1000).toFixed(3)) }
