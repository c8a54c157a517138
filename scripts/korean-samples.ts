// `npm run korean-samples`: every parameterised Korean string rendered with sample values (each digit, 10,
// 1,024, names ending in a consonant or a vowel) and every reason main gives, as Markdown for a reviewer.
// Writes docs/korean-samples.md; the catalogue test checks the same renderings for hedges and spacing.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ko } from '../src/renderer/src/app/catalogue'
import { numberFormatter } from '../src/renderer/src/common/i18n/numbers'
import { renderSamples, sampleReasons } from '../src/renderer/src/common/i18n/samples'

const OUT = join(import.meta.dirname, '..', 'docs', 'korean-samples.md')
const show = (value: unknown) => (typeof value === 'string' ? `“${value}”` : String(value))
const rendered = renderSamples(ko, numberFormatter('ko-KR'), (path) => path === 'explain')
const lines = [
  '# Korean strings with sample values',
  '',
  'Made by `npm run korean-samples` from every feature\'s `strings.ko.ts` (joined in `src/renderer/src/common/i18n/catalogue.ts`)',
  'and `ko-reasons.ts`. Each function is',
  'rendered with the digits 0–9, 10 and 1,024 (quantities pass through `Intl.NumberFormat`, so 1,024), and, where it',
  'takes a name, with 모던, 와이드, classic and wide. Identical renderings are listed once.',
  '',
  `## Catalogue (${rendered.length} renderings)`,
  ''
]
let last = ''
for (const { path, args, text } of rendered) {
  if (path !== last) lines.push('', `### ${path}`, '')
  last = path
  lines.push(`- (${args.map(show).join(', ')}) → ${text.trim()}`)
}
lines.push('', `## Main's refusals, from their reasons (${sampleReasons().length})`, '')
for (const reason of sampleReasons()) lines.push(`- \`${JSON.stringify(reason)}\` → ${ko.explain({ message: '(English)', reason })}`)
lines.push('', '## Without a reason', '', `- → ${ko.explain({ code: 'dataset-unavailable', message: 'MNIST train set is inconsistent: 60000 images but 59999 labels.' })}`, '')
writeFileSync(OUT, `${lines.join('\n')}\n`)
console.log(`${rendered.length} renderings and ${sampleReasons().length} reasons → ${OUT}`)
