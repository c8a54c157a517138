import type { VersionSummary } from '../../../shared/ipc/types'
import { call } from './api'

/** Saves a version as a .digitscope.json model file or as ONNX through the browser's download (the app's save dialog). */
export async function exportVersion(v: VersionSummary, format: 'json' | 'onnx'): Promise<void> {
  const base = `${(v.name ?? v.runName).replace(/[^\w.-]+/g, '-')}-epoch-${v.epoch}`
  let blob: Blob
  if (format === 'json') blob = new Blob([JSON.stringify(await call('versions:model', { versionId: v.versionId }))], { type: 'application/json' })
  else {
    const { base64 } = await call('versions:onnx', { versionId: v.versionId })
    blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'application/octet-stream' })
  }
  const url = URL.createObjectURL(blob)
  Object.assign(document.createElement('a'), { href: url, download: `${base}${format === 'json' ? '.digitscope.json' : '.onnx'}` }).click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
