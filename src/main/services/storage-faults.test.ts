import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { PRESETS } from '../../shared/training/presets'
import { DEFAULT_MODEL_FILE } from './default-model'
import { Store } from './store/store'
import { openServices } from './services'
import { CLASSIC_ORIGIN, mountSmallDisk, sha256, type SmallDisk } from './test-support'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const MODEL_TEXT = readFileSync(join(ROOT, 'resources', DEFAULT_MODEL_FILE), 'utf8')
const importArg = (name: string) => ({ bytes: new TextEncoder().encode(MODEL_TEXT), fileName: `${name}.digitscope.json` })

const disks: SmallDisk[] = []
afterEach(() => disks.splice(0).forEach((disk) => disk.unmount()))

/** A 4 MB disk, or the reason this machine cannot mount one (the test then says so and skips). */
function smallDisk(): SmallDisk | string {
  const disk = mountSmallDisk(4 * 1024 * 1024)
  if (typeof disk !== 'string') disks.push(disk)
  return disk
}

describe('a full disk (a real 4 MB tmpfs filled up)', () => {
  it('refuses a change with a clear message, loses nothing stored, and works again once space is freed', async (context) => {
    const disk = smallDisk()
    if (typeof disk === 'string') return context.skip(disk)
    const services = openServices({ databaseFile: join(disk.folder, 'digitscope.db'), version: 'test' })
    try {
      expect(await services.dispatch('versions:import', importArg('first'))).toMatchObject({ ok: true })
      const before = services.store.versions.list()

      disk.fill(8 * 1024)
      const refused = await services.dispatch('versions:import', importArg('second'))
      expect(refused).toMatchObject({ ok: false, error: { code: 'disk-full', reason: { key: 'disk-full', file: join(disk.folder, 'digitscope.db'), target: { kind: 'change' } } } })
      const message = (refused as { error: { message: string } }).error.message
      expect(message).toMatch(/^The disk is full, so this change could not be saved\. Everything saved before is kept\. Free some space/)
      expect(message).toContain(disk.folder)
      expect(services.store.versions.list()).toEqual(before)

      disk.free()
      expect(await services.dispatch('versions:import', importArg('second'))).toMatchObject({ ok: true })
      expect(services.store.versions.list()).toHaveLength(2)
    } finally {
      await services.close()
    }
  })

  it('stops a training run whose next epoch cannot be saved, says why, and keeps the epochs before it', async (context) => {
    const disk = smallDisk()
    if (typeof disk === 'string') return context.skip(disk)
    const services = openServices({ databaseFile: join(disk.folder, 'digitscope.db'), version: 'test' })
    try {
      const states: unknown[] = []
      services.trainer.subscribe((event) => {
        if (event.type === 'epoch' && event.epoch.epoch === 1) disk.fill(16 * 1024) // a snapshot of 784-16-16-10 is ~51 kB
        if (event.type === 'state') states.push(event.state)
      })
      const outcome = await services.trainer.start({ config: { ...PRESETS.classic.config, epochs: 3 }, name: 'on a full disk', preset: 'classic', subset: 2000 }).done
      expect(outcome.status).toBe('failed')
      expect(outcome.error).toMatch(/^Training stopped: The disk is full, so epoch 2 could not be saved\..* The 1 epoch before it is kept\.$/)
      expect(services.store.versions.list().map((version) => version.epoch)).toEqual([1])
      // The Train view hears the reason too, to say it in its own language.
      expect(states.at(-1)).toMatchObject({ status: 'failed', reason: { key: 'disk-full', target: { kind: 'epoch', epoch: 2, keptEpochs: 1 } } })
      expect(services.trainer.active()).toBeNull()
    } finally {
      await services.close()
    }
  }, 60_000)
})

describe('a read-only disk (the tmpfs remounted read-only)', () => {
  it('is refused at open with one clear sentence, by the services and by the CLI, and the file is untouched', (context) => {
    const disk = smallDisk()
    if (typeof disk === 'string') return context.skip(disk)
    const file = join(disk.folder, 'digitscope.db')
    const store = Store.open(file)
    store.runs.create({ name: 'kept', origin: CLASSIC_ORIGIN })
    store.close()
    const hash = sha256(file)
    disk.readOnly()

    expect(() => Store.open(file)).toThrow(/^Digitscope cannot write its database .*digitscope\.db: it is on a read-only disk \(EROFS\)\./)
    try {
      Store.open(file)
    } catch (error) {
      expect((error as { code: string }).code).toBe('read-only')
    }

    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main', 'cli', 'main.ts'), 'list', '--db', file], { cwd: ROOT, encoding: 'utf8' })
    expect(cli.status).toBe(2)
    expect(cli.stderr.trim().split('\n')).toHaveLength(1)
    expect(cli.stderr).toMatch(/^digitscope: Digitscope cannot write its database .* read-only disk/)
    expect(sha256(file)).toBe(hash)
    expect(execFileSync('ls', [disk.folder], { encoding: 'utf8' }).trim()).toBe('digitscope.db')
  })
})
