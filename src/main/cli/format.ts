import { minutesSeconds } from '../../shared/format/clock'
import { displayRunName, RUN_NAME_WORDS_EN } from '../../shared/i18n/run-names'
import type { Evaluation } from '../../shared/training/evaluate'
import type { DatasetsInfo, VersionSummary } from '../../shared/ipc/types'
import type { TrainingProgress } from '../../shared/ipc/types'

const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
/** A whole number as the terminal shows it: 60000 → "60,000". */
export const count = (n: number): string => COUNT.format(n)
/** A fraction as a percentage with two decimals and no space: 0.9376 → "93.76%". */
export const percent = (fraction: number): string => `${(fraction * 100).toFixed(2)}%`

/** A plain-text table of versions for the terminal. */
export function formatVersionTable(versions: VersionSummary[]): string {
  if (versions.length === 0) return 'No versions stored yet.'
  const rows = versions.map((v) => [
    `#${v.versionId}`,
    displayRunName(v.runName, RUN_NAME_WORDS_EN),
    String(v.epoch),
    v.layers.join('-'),
    v.testAccuracy === null ? '—' : percent(v.testAccuracy),
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
    `MNIST:    ${count(info.mnist.train.count)} training and ${count(info.mnist.test.count)} test images in ${info.mnist.source}`
  ].join('\n')
}

export function formatEvaluation(versionId: number, result: Evaluation): string {
  const lines = [
    `Version ${versionId} on ${count(result.count)} MNIST test images: accuracy ${percent(result.accuracy)}, mean cost ${result.cost.toFixed(4)}`,
    '',
    'digit  accuracy',
    ...result.perClassAccuracy.map((accuracy, digit) => `    ${digit}  ${percent(accuracy).padStart(7)}`),
    '',
    'confusion (rows: true digit, columns: predicted)',
    `     ${Array.from({ length: 10 }, (_, d) => String(d).padStart(6)).join('')}`,
    ...result.confusion.map((row, digit) => `  ${digit}  ${row.map((n) => count(n).padStart(6)).join('')}`)
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
    const share = `${Math.round((100 * event.samples) / event.total)}%`
    const line = `epoch ${count(event.epoch)}/${count(event.epochs)} ${bar} ${share.padStart(4)}  ETA ${minutesSeconds(event.etaSeconds)}  ${count(
      event.samplesPerSecond
    )} samples/s  cost ${event.cost.toFixed(4)}`
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
