import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { constants, gunzipSync } from 'node:zlib'
import { IdxError, parseIdxHeader, parseIdxImages, parseIdxLabels, type IdxImages } from '../../shared/digits/idx'
import type { DatasetsInfo, DigitSample, Split, SplitInfo } from '../../shared/ipc/types'
import { DigitscopeError } from './errors/errors'
import { mnistFile, mnistFolder } from './mnist-files'

interface LabelledImages extends IdxImages {
  labels: Uint8Array
}

const CLASSES = 10
const HEADER_BYTES = 4 + 4 * 4

const isGzip = (file: string) => file.endsWith('.gz')

function readBytes(file: string, length: number, position: number): Uint8Array {
  const fd = openSync(file, 'r')
  try {
    const bytes = new Uint8Array(Math.max(0, length))
    const got = readSync(fd, bytes, 0, bytes.length, Math.max(0, position))
    return bytes.subarray(0, got)
  } finally {
    closeSync(fd)
  }
}
const MNIST_ADVICE = 'Reinstall the app, or point DIGITSCOPE_MNIST_DIR at a folder with the four MNIST IDX files.'

/** MNIST from IDX files, every header checked; each split is read once and then kept in memory. */
export class Datasets {
  private readonly loaded = new Map<Split, LabelledImages>()
  private infoCache: DatasetsInfo | undefined

  constructor(readonly folder: string = mnistFolder()) {}

  load(split: Split): LabelledImages {
    const cached = this.loaded.get(split)
    if (cached) return cached
    const images = this.guard(() => parseIdxImages(this.read(split, 'images'), this.label(split, 'images')))
    const labels = this.labels(split, images.count)
    const set = { ...images, labels }
    this.loaded.set(split, set)
    return set
  }

  /** Counts and shapes, from the headers and the small label files; the image data is not read. */
  info(): DatasetsInfo {
    this.infoCache ??= {
      name: 'MNIST',
      source: this.folder,
      train: this.splitInfo('train'),
      test: this.splitInfo('test')
    }
    return this.infoCache
  }

  samples(split: Split, offset: number, count: number): DigitSample[] {
    const set = this.load(split)
    const size = set.rows * set.cols
    const end = Math.min(offset + count, set.count)
    const samples: DigitSample[] = []
    for (let index = offset; index < end; index++) {
      samples.push({
        split,
        index,
        label: set.labels[index],
        pixels: Array.from(set.pixels.subarray(index * size, (index + 1) * size))
      })
    }
    return samples
  }

  private splitInfo(split: Split): SplitInfo {
    const file = mnistFile(split, 'images', this.folder)
    const header = this.guard(() => parseIdxHeader(this.readHead(file), this.size(file), this.label(split, 'images')))
    if (header.dims.length !== 3) {
      throw new DigitscopeError('dataset-unavailable', `${this.label(split, 'images')}: expected 3 dimensions.`)
    }
    const [count, rows, cols] = header.dims
    const labels = this.labels(split, count)
    const labelCounts = new Array<number>(CLASSES).fill(0)
    for (const label of labels) labelCounts[label]++
    return { split, count, rows, cols, labelCounts }
  }

  /** The split's labels, one for each of its `imageCount` images. */
  private labels(split: Split, imageCount: number): Uint8Array {
    const labels = this.guard(() => parseIdxLabels(this.read(split, 'labels'), this.label(split, 'labels'), CLASSES))
    if (labels.length !== imageCount) {
      throw new DigitscopeError('dataset-unavailable', `MNIST ${split} set is inconsistent: ${imageCount} images but ${labels.length} labels.`)
    }
    return labels
  }

  private label(split: Split, kind: 'images' | 'labels'): string {
    return `MNIST ${split} ${kind} (${mnistFile(split, kind, this.folder)})`
  }

  private read(split: Split, kind: 'images' | 'labels'): Uint8Array {
    const file = mnistFile(split, kind, this.folder)
    return this.guard(() => (isGzip(file) ? gunzipSync(readFileSync(file)) : readFileSync(file)), file)
  }

  /** The IDX file's size; for a gzipped one, the size it inflates to (gzip's trailer records it). */
  private size(file: string): number {
    return this.guard(() => {
      if (!isGzip(file)) return statSync(file).size
      const trailer = readBytes(file, 4, statSync(file).size - 4)
      return trailer.length === 4 ? new DataView(trailer.buffer, trailer.byteOffset).getUint32(0, true) : 0
    }, file)
  }

  /** The IDX header; a gzipped file is inflated only as far as its first block. */
  private readHead(file: string): Uint8Array {
    return this.guard(() => {
      if (!isGzip(file)) return readBytes(file, HEADER_BYTES, 0)
      const start = gunzipSync(readBytes(file, 4096, 0), { finishFlush: constants.Z_SYNC_FLUSH })
      return start.subarray(0, HEADER_BYTES)
    }, file)
  }

  /** Turns file-system and format errors into one kind of error a user can act on. */
  private guard<T>(work: () => T, file?: string): T {
    try {
      return work()
    } catch (error) {
      if (error instanceof DigitscopeError) throw error
      if (error instanceof IdxError) throw new DigitscopeError('dataset-unavailable', `${error.message} ${MNIST_ADVICE}`, { cause: error })
      const code = (error as NodeJS.ErrnoException).code
      const reason = code === 'ENOENT' ? 'the file is missing' : (error as Error).message
      throw new DigitscopeError('dataset-unavailable', `Cannot read MNIST file ${file ?? ''}: ${reason}. ${MNIST_ADVICE}`, { cause: error })
    }
  }
}
