import { closeSync, mkdtempSync, openSync, readSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mnistFile, mnistFolder } from '../src/main/services/mnist-files'
import { expect, test } from './harness/fixtures'
import { DIGIT_PATHS, DrawPage } from './pages/draw-page'

const FILES = [['train', 'images'], ['train', 'labels'], ['test', 'images'], ['test', 'labels']] as const
const made: string[] = []
test.afterAll(() => made.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

/** A folder of the real MNIST files (linked) with one left out, or cut short to its first `keepBytes`. */
function brokenMnist(broken: (typeof FILES)[number], keepBytes?: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'digitscope-mnist-'))
  made.push(folder)
  for (const [split, kind] of FILES) {
    const source = mnistFile(split, kind, mnistFolder())
    const target = mnistFile(split, kind, folder)
    if (split !== broken[0] || kind !== broken[1]) symlinkSync(source, target)
    else if (keepBytes !== undefined) {
      const head = Buffer.alloc(keepBytes)
      const fd = openSync(source, 'r')
      readSync(fd, head, 0, keepBytes, 0)
      closeSync(fd)
      writeFileSync(target, head)
    }
  }
  return folder
}

test.describe('a missing MNIST file', () => {
  test.use({ mnistFolder: brokenMnist(['test', 'labels']), defaultModel: true })

  test('is named in the status bar, Train and Draw, with what to do; drawing still works', async ({ app }) => {
    await expect(app.page.getByTestId('status-dataset')).toHaveText(/MNIST unavailable/)
    const draw = new DrawPage(app)
    const notice = app.panel().getByRole('alert').filter({ hasText: 'MNIST could not be read' })
    await expect(notice).toContainText(/t10k-labels-idx1-ubyte: the file is missing\. Reinstall the app, or point DIGITSCOPE_MNIST_DIR/)

    // The bundled network does not need MNIST to read a drawing.
    await draw.draw(DIGIT_PATHS.one)
    await draw.expectPrediction(1)

    await app.openByKeyboard('Train')
    await expect(app.panel().getByRole('alert').filter({ hasText: 'MNIST could not be read' })).toContainText('the file is missing')
  })
})

test.describe('a truncated MNIST file', () => {
  test.use({ mnistFolder: brokenMnist(['train', 'images'], 1_000_000) })

  test('says how much is missing, in Train', async ({ app }) => {
    await expect(app.page.getByTestId('status-dataset')).toHaveText(/MNIST unavailable/)
    await app.openByKeyboard('Train')
    await expect(app.panel().getByRole('alert').filter({ hasText: 'MNIST could not be read' })).toContainText(
      /MNIST train images .*train-images-idx3-ubyte\): truncated — header promises 60000×28×28 values \(47040016 bytes\) but the file has 1000000 bytes\. Reinstall the app, or point DIGITSCOPE_MNIST_DIR/
    )
  })
})
