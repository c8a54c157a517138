import { runName } from './run-name'
import type { VersionSummary } from '../../../shared/ipc/types'
import { call } from './api'

/** Saves a version as a .digitscope.json model file or as ONNX through the browser's download (the app's save dialog). */
export async function exportVersion(v: VersionSummary, format: 'json' | 'onnx'): Promise<void> {
  const base = `${(v.name ?? runName(v.runName)).replace(/[^\w.-]+/g, '-')}-epoch-${v.epoch}`
  const { bytes } = await call(format === 'json' ? 'versions:export-model' : 'versions:export-onnx', { versionId: v.versionId })
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: format === 'json' ? 'application/json' : 'application/octet-stream' })
  const url = URL.createObjectURL(blob)
  Object.assign(document.createElement('a'), { href: url, download: `${base}${format === 'json' ? '.digitscope.json' : '.onnx'}` }).click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
