import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { Datasets } from '../services/datasets'
import { Store } from '../services/store/store'
import { sha256, useTempFolder } from '../services/test-support'

const tempFolder = useTempFolder()
const ROOT = join(import.meta.dirname, '..', '..', '..')

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DIGITSCOPE_DB: join(tempFolder(), 'default.db') }
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('the digitscope CLI', () => {
  it('prints its help', () => {
    const { code, stdout } = cli('--help')
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: digitscope <command> [options]')
  })

  it('trains on a subset, stores every epoch, then lists, evaluates, exports and imports what it stored', () => {
    const folder = tempFolder()
    const db = join(folder, 'digitscope.db')
    const trained = cli('train', '--preset', 'classic', '--epochs', '2', '--subset', '3000', '--seed', '4', '--name', 'tiny', '--db', db, '--json')
    expect(trained.code, trained.stderr).toBe(0)
    const events = jsonLines(trained.stdout)
    expect(events[0]).toMatchObject({ type: 'start' })
    expect(events.filter((e) => e.type === 'progress').length).toBeGreaterThanOrEqual(2)
    expect(events.filter((e) => e.type === 'epoch').map((e) => e.epoch)).toEqual([1, 2])
    const result = events.at(-1) as { type: string; versionId: number; testAccuracy: number }
    expect(result).toMatchObject({ type: 'result', status: 'completed' })
    expect(result.testAccuracy).toBeGreaterThan(0.5)

    const listed = JSON.parse(cli('list', '--db', db, '--json').stdout) as Array<{ versionId: number; epoch: number; runName: string }>
    expect(listed.map((v) => [v.epoch, v.runName])).toEqual([[2, 'tiny'], [1, 'tiny']])
    expect(listed[0].versionId).toBe(result.versionId)

    const evaluated = JSON.parse(cli('eval', '--version', String(result.versionId), '--db', db, '--json').stdout)
    expect(evaluated.accuracy).toBe(result.testAccuracy)
    expect(evaluated.perClassAccuracy).toHaveLength(10)
    expect(evaluated.confusion.flat().reduce((a: number, b: number) => a + b)).toBe(10_000)
    expect(evaluated.cost).toBeGreaterThan(0)

    const file = join(folder, 'tiny.digitscope.json')
    expect(cli('export', '--version', String(result.versionId), '--out', file, '--db', db).code).toBe(0)
    const exported = JSON.parse(readFileSync(file, 'utf8'))
    expect(exported).toMatchObject({ format: 'digitscope.model', formatVersion: 1, layers: [784, 16, 16, 10], epoch: 2 })
    expect(exported.weights[0]).toHaveLength(16)
    expect(exported.weights[0][0]).toHaveLength(784)

    const onnxFile = join(folder, 'tiny.onnx')
    expect(cli('export', '--version', String(result.versionId), '--out', onnxFile, '--db', db).code).toBe(0)
    const onnxBytes = readFileSync(onnxFile)
    expect(onnxBytes.indexOf('Gemm')).toBeGreaterThan(0) // decoded and run by ONNX Runtime in src/main/services/onnx-export.test.ts
    expect(onnxBytes.length).toBeGreaterThan(13_002 * 4)

    const imported = JSON.parse(cli('import', file, '--db', db, '--json').stdout) as { versionId: number }
    const again = JSON.parse(cli('eval', '--version', String(imported.versionId), '--db', db, '--json').stdout)
    expect(again.confusion).toEqual(evaluated.confusion)
  })

  it('answers bad arguments and unknown versions with one line and exit code 2, writing nothing', () => {
    const db = join(tempFolder(), 'never.db')
    for (const args of [
      ['frobnicate'],
      ['list', '--nope'],
      ['list', 'extra'],
      ['train', '--eta', 'fast'],
      ['train', '--eta=-1'],
      ['train', '--layers', '784,0,10'],
      ['train', '--preset', 'modern', '--cost', 'quadratic'],
      ['train', '--preset', 'huge'],
      ['eval'],
      ['export', '--version', '1']
    ]) {
      const { code, stderr } = cli(...args, '--db', db)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1)
      expect(stderr).toMatch(/^digitscope: /)
    }
    expect(existsSync(db)).toBe(false)

    const store = Store.open(db)
    store.close()
    const { code, stderr } = cli('eval', '--version', '42', '--db', db)
    expect([code, stderr.trim()]).toEqual([2, 'digitscope: There is no version 42.'])
  })

  it('refuses a bad model file with exit code 2 and stores nothing', () => {
    const folder = tempFolder()
    const db = join(folder, 'digitscope.db')
    Store.open(db).close()
    const bad = join(folder, 'bad.digitscope.json')
    for (const [content, message] of [
      ['{"format": "something.else"}', /not a Digitscope model file/],
      ['{"format": "digitscope.model", "formatVersion": 9}', /unsupported model format version 9/],
      ['not json', /not valid JSON/]
    ] as const) {
      writeFileSync(bad, content)
      const { code, stderr } = cli('import', bad, '--db', db)
      expect(code).toBe(2)
      expect(stderr).toMatch(message)
    }
    expect(JSON.parse(cli('list', '--db', db, '--json').stdout)).toEqual([])
  })

  it('refuses a file that is not a Digitscope database with exit code 2 and leaves it untouched', () => {
    const file = join(tempFolder(), 'thesis.db')
    writeFileSync(file, 'chapter one\n'.repeat(100))
    const before = sha256(file)
    const { code, stderr } = cli('list', '--db', file)
    expect(code).toBe(2)
    expect(stderr.trim()).toBe(`digitscope: ${file} is not a Digitscope database (it is not an SQLite file); it was left untouched.`)
    expect(sha256(file)).toBe(before)
  })

  it('predicts the digit in a PNG of any size, dark on light or light on dark, with the very same preprocessing', () => {
    const folder = tempFolder()
    const db = join(folder, 'digitscope.db')
    expect(cli('import', join(ROOT, 'resources', 'default-model.digitscope.json'), '--db', db).code).toBe(0)
    const test = new Datasets().load('test')
    /** MNIST test digit i, 9× bigger, at an offset, in a PNG of another size. */
    const png = (i: number, darkOnLight: boolean, width = 400, height = 330) => {
      const image = new PNG({ width, height })
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const sx = Math.floor((x - 70) / 9)
          const sy = Math.floor((y - 40) / 9)
          const ink = sx >= 0 && sy >= 0 && sx < 28 && sy < 28 ? test.pixels[i * 784 + sy * 28 + sx] : 0
          const value = darkOnLight ? 255 - ink : ink
          image.data.set([value, value, value, 255], (y * width + x) * 4)
        }
      }
      const file = join(folder, `digit-${i}-${darkOnLight}.png`)
      writeFileSync(file, PNG.sync.write(image))
      return file
    }
    for (const [i, label] of [[0, 7], [1, 2], [2, 1], [3, 0]] as const) {
      for (const darkOnLight of [true, false]) {
        const { code, stdout, stderr } = cli('predict', '--image', png(i, darkOnLight), '--db', db, '--json')
        expect(code, stderr).toBe(0)
        const answer = JSON.parse(stdout)
        expect(answer.prediction, `digit ${i}, dark on light: ${darkOnLight}`).toBe(label)
        expect(answer.outputs).toHaveLength(10)
        expect(answer.layers.map((layer: number[]) => layer.length)).toEqual([784, 16, 16, 10])
      }
    }
    expect(cli('predict', '--image', png(0, true), '--db', db).stdout).toMatch(/Version \d+ reads a 7\./)

    const blank = join(folder, 'blank.png')
    writeFileSync(blank, PNG.sync.write(Object.assign(new PNG({ width: 50, height: 50 }), {})))
    const empty = cli('predict', '--image', blank, '--db', db)
    expect([empty.code, empty.stderr.trim()]).toEqual([2, `digitscope: ${blank} has no ink: there is no digit to read.`])
    const missing = cli('predict', '--image', join(folder, 'nope.png'), '--db', db)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^digitscope: Cannot read .*nope\.png: no such file\.$/m)
  })
})
