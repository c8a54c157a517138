import { minutesSeconds } from '../shared/format/clock'
import type { Evaluation } from '../shared/nn/evaluate'
import type { DatasetsInfo, VersionSummary } from '../shared/ipc/types'
import type { TrainingProgress } from '../shared/ipc/types'

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

export function formatEvaluation(versionId: number, result: Evaluation): string {
  const lines = [
    `Version ${versionId} on ${result.count} MNIST test images: accuracy ${(result.accuracy * 100).toFixed(2)} %, mean cost ${result.cost.toFixed(4)}`,
    '',
    'digit  accuracy',
    ...result.perClassAccuracy.map((accuracy, digit) => `    ${digit}  ${(accuracy * 100).toFixed(2).padStart(6)} %`),
    '',
    'confusion (rows: true digit, columns: predicted)',
    `     ${Array.from({ length: 10 }, (_, d) => String(d).padStart(5)).join('')}`,
    ...result.confusion.map((row, digit) => `  ${digit}  ${row.map((n) => String(n).padStart(5)).join('')}`)
  ]
  return lines.join('\n')
}

/** One line redrawn in place on a terminal: epoch, bar, samples/s, ETA. */
export class ProgressBar {
  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(event: TrainingProgress): void {
    const width = 30
    const done = Math.round((event.samples / event.total) * width)
    const bar = `${'█'.repeat(done)}${'░'.repeat(width - done)}`
    const percent = Math.round((100 * event.samples) / event.total)
    const line = `epoch ${event.epoch}/${event.epochs} ${bar} ${String(percent).padStart(3)} %  ETA ${minutesSeconds(event.etaSeconds)}  ${Math.round(
      event.samplesPerSecond
    ).toLocaleString('en-US')} samples/s  cost ${event.cost.toFixed(4)}`
    this.stream.write(`\r${line.slice(0, (this.stream.columns ?? 120) - 1)}\x1b[K`)
  }

  clear(): void {
    this.stream.write('\r\x1b[K')
  }
}

export function formatPrediction(versionId: number, prediction: number, outputs: number[], layers: number[][]): string {
  const hidden = layers.slice(1, -1).map((layer, l) => `hidden layer ${l + 1}: ${layer.map((v) => v.toFixed(2)).join(' ')}`)
  return [
    `Version ${versionId} reads a ${prediction}.`,
    '',
    ...outputs.map((v, digit) => `  ${digit}  ${'█'.repeat(Math.round(v * 30)).padEnd(30)}  ${v.toFixed(4)}${digit === prediction ? '  ←' : ''}`),
    '',
    ...hidden
  ].join('\n')
}
