import { describe, expect, it } from 'vitest'
import type { Architecture } from '../network/architecture'
import { PRESETS } from '../training/presets'
import { architectureOfOrigin, readRunOrigin, settingOf } from './run-origin'

const config = PRESETS.modern.config
const architecture: Architecture = { layers: [784, 32, 10], hiddenActivation: 'tanh', outputActivation: 'softmax', cost: 'cross-entropy' }

describe('a run’s origin as the store keeps it', () => {
  it('reads the tagged form and both untagged forms earlier versions wrote', () => {
    expect(readRunOrigin(JSON.parse(JSON.stringify({ kind: 'trained', config })))).toEqual({ kind: 'trained', config })
    expect(readRunOrigin(JSON.parse(JSON.stringify(config)))).toEqual({ kind: 'trained', config })
    expect(readRunOrigin({ kind: 'imported', architecture })).toEqual({ kind: 'imported', architecture })
    expect(readRunOrigin({ architecture })).toEqual({ kind: 'imported', architecture })
  })

  it('is null for anything else, rather than a guess', () => {
    for (const stored of [null, 3, 'x', {}, { eta: 3 }, { architecture: { layers: [784] } }, { kind: 'trained', config: { ...config, eta: -1 } }]) {
      expect(readRunOrigin(stored), JSON.stringify(stored)).toBeNull()
    }
  })

  it('gives the architecture and each setting it records, and nothing it does not', () => {
    expect(architectureOfOrigin({ kind: 'trained', config })).toEqual({ layers: [784, 16, 16, 10], hiddenActivation: 'relu', outputActivation: 'softmax', cost: 'cross-entropy' })
    expect(settingOf({ kind: 'trained', config }, 'eta')).toBe(0.05)
    expect(settingOf({ kind: 'imported', architecture }, 'hiddenActivation')).toBe('tanh')
    expect(settingOf({ kind: 'imported', architecture }, 'eta')).toBeUndefined()
    expect(settingOf(null, 'layers')).toBeUndefined()
  })
})
