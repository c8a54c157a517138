import { execFileSync, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../shared/training/presets'
import { openServices } from './services'
import { useTempFolder } from './test-support'

const tempFolder = useTempFolder()
const sqliteShell = spawnSync('sqlite3', ['-version']).status === 0

describe('a stored snapshot, read with the sqlite3 shell', () => {
  it.skipIf(!sqliteShell)('holds the same numbers as the exported model file (skipped where the sqlite3 shell is not installed)', async () => {
    const db = join(tempFolder(), 'digitscope.db')
    const services = openServices({ databaseFile: db, version: 'test' })
    const config = { ...PRESETS.classic.config, epochs: 1 }
    const { versionId } = await services.trainer.start({ config, name: 'blob', preset: 'classic', subset: 1000 }).done
    const file = services.networks.exportFile(versionId as number) as { weights: number[][][]; biases: number[][] }
    await services.close()

    const hex = execFileSync('sqlite3', [db, `SELECT hex(params) FROM snapshots WHERE id = ${versionId}`], { encoding: 'utf8' }).trim()
    const bytes = Buffer.from(hex, 'hex')
    const floats = Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readFloatLE(i * 4))
    // Layer by layer: weights [out][in] row-major, then biases — the order the file's weights[l][j][k] reads in.
    const fromFile = file.weights.flatMap((w, l) => [...w.flat(), ...file.biases[l]]).map(Math.fround)
    expect(floats).toHaveLength(13_002)
    expect(floats).toEqual(fromFile)
  })
})
