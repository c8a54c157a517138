import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { MNIST_FILE_NAMES } from './mnist-files'

/**
 * gzips each MNIST IDX file of `source` into `target` as the installed app ships them (about 11 MB
 * instead of 53). Level 6: 0.5 s for the training images, where level 9 saves 2 % for 20× the time.
 * A file whose source is unchanged since the last call is left as it is.
 */
export function compressMnist(source: string, target: string): void {
  mkdirSync(target, { recursive: true })
  for (const name of MNIST_FILE_NAMES) {
    const from = join(source, name)
    const to = join(target, `${name}.gz`)
    const stamp = `${to}.source`
    const { size, mtimeMs } = statSync(from)
    const wanted = `${size} ${mtimeMs}`
    if (existsSync(to) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) continue
    writeFileSync(`${to}.partial`, gzipSync(readFileSync(from), { level: 6 }))
    renameSync(`${to}.partial`, to)
    writeFileSync(stamp, wanted)
  }
}
