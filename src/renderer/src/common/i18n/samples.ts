import type { ErrorReason } from '../../../../shared/ipc/types'

/** The values every parameterised string is rendered with: each digit's final sound, 10, 1,024, and names. */
export const SAMPLE_NUMBERS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1024]
/** Names ending in a consonant and in a vowel, in Hangul and in Latin letters (as run and file names are). */
export const SAMPLE_NAMES = ['모던', '와이드', 'classic', 'wide']

/** Parameters that receive a name, not a number. */
const NAMES = /^(name|run|file|title|preset|shortcut|field|text|schemaMessage|action|from|to|of|list)$/
/** Parameters that receive a number already formatted by the caller (formatCount, formatPercent, formatBytes…). */
const FORMATTED = /^(formatted|size|value|percent|accuracy|activation|sum|sums|before|after|saved|train|test|time|epochs|answers|threshold|lit|dark|removed)$/

function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = String(fn)
  const list = /^\s*(?:function[^(]*)?\(([^)]*)\)/.exec(source)?.[1] ?? /^\s*([\w$]+)\s*=>/.exec(source)?.[1] ?? ''
  return list
    .split(',')
    .map((p) => p.trim().replace(/^_/, '').replace(/[=:].*$/, '').trim())
    .filter(Boolean)
}

/** Parameters that are plain numbers in these functions, though their names usually carry formatted text. */
const NUMERIC_IN: Record<string, RegExp> = { size: /(hiddenLayerTitle|hiddenTitle)$/, epochs: /epochOf$/ }

function argument(path: string, name: string, n: number, nameSample: string, format: (n: number) => string): unknown {
  if (NUMERIC_IN[name]?.test(path)) return n
  if (name === 'answers') return '3 · 5'
  if (name === 'output') return false
  if (name === 'split') return 'test'
  if (name === 'q') return 0.5
  if (name === 'letter') return 'A'
  if (name === 'predicted') return n === 9 ? 0 : n + 1 > 9 ? 3 : n + 1
  if (NAMES.test(name)) return nameSample
  if (FORMATTED.test(name)) return format(n)
  return n
}

export interface Rendered {
  path: string
  args: unknown[]
  text: string
}

/**
 * Every function of a catalogue rendered with each sample number, and, where it takes a name, with each
 * sample name: what a reviewer reads, and what the catalogue test checks for hedges and spacing.
 */
export function renderSamples(catalogue: object, format: (n: number) => string, skip: (path: string) => boolean = () => false): Rendered[] {
  const out: Rendered[] = []
  const walk = (value: unknown, path: string) => {
    if (skip(path)) return
    if (typeof value === 'function') {
      const names = parameterNames(value as (...args: never[]) => unknown)
      const takesName = names.some((name) => NAMES.test(name))
      const runs = takesName ? SAMPLE_NUMBERS.slice(0, 4).flatMap((n) => SAMPLE_NAMES.map((name) => [n, name] as const)) : SAMPLE_NUMBERS.map((n) => [n, SAMPLE_NAMES[0]] as const)
      const seen = new Set<string>()
      for (const [n, name] of runs) {
        const args = names.map((parameter) => argument(path, parameter, n, name, format))
        const text = String((value as (...a: unknown[]) => unknown)(...args))
        if (seen.has(text) || text === 'undefined') continue // outside the function's domain (caption takes 1–4)
        seen.add(text)
        out.push({ path, args, text })
      }
      return
    }
    if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key)
  }
  walk(catalogue, '')
  return out
}

/** One sample of every reason main can give, with numbers and names that exercise the particles. */
export function sampleReasons(): ErrorReason[] {
  const file = '/home/민수/모델.digitscope.json'
  return [
    ...[1, 2, 3, 10, 1024].flatMap((id): ErrorReason[] => [
      { key: 'no-version', versionId: id },
      { key: 'no-run', runId: id },
      { key: 'no-drawing', drawingId: id },
      { key: 'not-training', runId: id },
      { key: 'no-training-settings', versionId: id }
    ]),
    { key: 'training-busy', runName: '@fine-tune:@bundled' },
    { key: 'training-busy', runName: 'modern · 시드 3' },
    { key: 'still-training', action: 'thin' },
    { key: 'still-training', action: 'delete' },
    { key: 'disk-full', file, target: { kind: 'change' } },
    { key: 'disk-full', file, target: { kind: 'epoch', epoch: 3, keptEpochs: 2 } },
    { key: 'disk-full', file, target: { kind: 'epoch', epoch: 1, keptEpochs: 0 } },
    { key: 'read-only', file, target: { kind: 'database' } },
    { key: 'read-only', file, target: { kind: 'epoch', epoch: 2, keptEpochs: 1 } },
    { key: 'disk-error', file, target: { kind: 'results' }, code: 'SQLITE_IOERR_WRITE' },
    { key: 'model-file', file: 'bad.json', detail: 'unsupported model format version 2: this Digitscope reads version 1' },
    ...(['missing', 'path-not-folder', 'link-loop', 'name-too-long', 'permission', 'folder', 'pipe', 'device', 'other'] as const).map(
      (problem): ErrorReason => ({ key: 'file-unreadable', file, problem })
    ),
    { key: 'file-too-big', file, megabytes: 63.4, limitMegabytes: 50 },
    { key: 'no-drawings' }
  ]
}
