import type { DatasetsInfo, VersionSummary } from '../shared/ipc/types'

/** A plain-text table of versions for the terminal. */
export function formatVersionTable(versions: VersionSummary[]): string {
  if (versions.length === 0) return 'No versions stored yet.'
  const rows = versions.map((v) => [
    `#${v.versionId}`,
    v.runName,
    String(v.epoch),
    v.layers.join('-'),
    v.testAccuracy === null ? '—' : `${(v.testAccuracy * 100).toFixed(2)}%`,
    v.createdAt.slice(0, 16).replace('T', ' ')
  ])
  const header = ['version', 'run', 'epoch', 'layers', 'test acc.', 'saved (UTC)']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()
  return [line(header), ...rows.map(line)].join('\n')
}

export function formatInfo(info: { database: string; schemaVersion: number; mnist: DatasetsInfo }): string {
  return [
    `Database: ${info.database} (schema ${info.schemaVersion})`,
    `MNIST:    ${info.mnist.train.count} training and ${info.mnist.test.count} test images in ${info.mnist.source}`
  ].join('\n')
}
