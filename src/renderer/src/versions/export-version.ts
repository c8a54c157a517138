import type { VersionSummary } from '../../../shared/ipc/types'
import { call } from '../common/api'
import { runName } from '../common/run-name'

/**
 * The file name an export suggests: the version's name (or its run's, in the UI's language) and epoch.
 * Letters of any script stay, so a Korean name is still readable; anything a file system may refuse becomes '-'.
 */
export function exportFileName(v: Pick<VersionSummary, 'name' | 'runName' | 'epoch'>, format: 'json' | 'onnx'): string {
  const base = (v.name ?? runName(v.runName)).replace(/[^\p{L}\p{N}._]+/gu, '-').replace(/^[-.]+|-+$/g, '')
  return `${base || 'digitscope'}-epoch-${v.epoch}${format === 'json' ? '.digitscope.json' : '.onnx'}`
}

/** Saves a version as a .digitscope.json model file or as ONNX through the browser's download (the app's save dialog). */
export async function exportVersion(v: VersionSummary, format: 'json' | 'onnx'): Promise<void> {
  const { bytes } = await call(format === 'json' ? 'versions:export-model' : 'versions:export-onnx', { versionId: v.versionId })
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: format === 'json' ? 'application/json' : 'application/octet-stream' })
  const url = URL.createObjectURL(blob)
  Object.assign(document.createElement('a'), { href: url, download: exportFileName(v, format) }).click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
