import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_MODEL_FILE } from './default-model'
import { openServices } from './services'
import { useTempFolder } from './test-support'

const tempFolder = useTempFolder()
const BUNDLED = join(import.meta.dirname, '..', '..', '..', 'resources', DEFAULT_MODEL_FILE)

describe('the bundled default model', () => {
  it('is imported on the first start only, and reaches its recorded accuracy on the real test set', async () => {
    const db = join(tempFolder(), 'digitscope.db')
    let services = openServices({ databaseFile: db, version: 'test', defaultModel: BUNDLED })
    const [version] = services.store.versions.list()
    expect(version).toMatchObject({ runName: '@bundled', preset: 'classic', epoch: 30, layers: [784, 16, 16, 10] })
    expect(version.testAccuracy).toBeGreaterThanOrEqual(0.935)
    expect(services.networks.evaluate(version.versionId).accuracy).toBe(version.testAccuracy)
    services.store.runs.delete(version.runId)
    await services.close()

    // Deleted by the user: not brought back on the next start.
    services = openServices({ databaseFile: db, version: 'test', defaultModel: BUNDLED })
    expect(services.store.versions.list()).toEqual([])
    await services.close()
  })

  it('a damaged bundled model is reported and the app still starts', async () => {
    const folder = tempFolder()
    const broken = join(folder, 'broken.json')
    writeFileSync(broken, '{"format": "digitscope.model", "formatVersion": 1, "layers": [784, 10]}')
    const logged: unknown[] = []
    const services = openServices({ databaseFile: join(folder, 'd.db'), version: 'test', defaultModel: broken, log: (e) => logged.push(e) })
    expect(services.store.versions.list()).toEqual([])
    expect(String(logged[0])).toMatch(/broken\.json: invalid model file/)
    await services.close()
  })
})
