import { describe, expect, it } from 'vitest'
import { MAIN_MESSAGES } from '../../../../shared/i18n/main-messages'
import { languageOf } from '../../../../shared/settings/preferences'
import { en, ko } from '../../app/catalogue'
import { numberFormatter } from './numbers'
import { renderSamples, sampleReasons } from './samples'

/** Every template's source, read by the bundler (the renderer's tests use no Node APIs, like the renderer). */
const TEMPLATES = import.meta.glob<string>('../../**/*.svelte', { query: '?raw', import: 'default', eager: true })

/** Every feature's strings, `<feature>/strings.en.ts` and `strings.ko.ts`, found by the bundler as the templates are. */
const FEATURE_MODULES = import.meta.glob<{ en?: object; ko?: object }>('../../*/strings.{en,ko}.ts', { eager: true })

/** Strings and function results, by path, with made-up arguments for the functions. */
function leaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]]
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i % 2 ? 7 : 3))
    return [[path, String((value as (...a: unknown[]) => unknown)(...args))]]
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key))
  return []
}

/** Symbols, names and notation that read the same in Korean. */
const SAME_IN_BOTH = /^(20 × 20|28 × 28|η|L2 λ|ReLU|tanh|Xavier|He|[\d,]+ – [\d,]+|#3 \S+ · .*|[−\d½%]+|z = w ·? ?a \+ b|a⁽¹⁾ = σ\(W a⁽⁰⁾ \+ b\) .*)$/

describe('the message catalogues', () => {
  it('hold every feature’s strings, each under keys of its own, in both languages', () => {
    const files = Object.keys(FEATURE_MODULES)
    expect(files.map((file) => new URL(file, 'file:///src/common/i18n/').pathname.replace('/src/', '')).sort()).toEqual(
      ['app', 'common', 'compare', 'draw', 'lesson', 'train', 'versions'].flatMap((feature) => [`${feature}/strings.en.ts`, `${feature}/strings.ko.ts`])
    )
    for (const [file, module] of Object.entries(FEATURE_MODULES)) {
      const [language, strings] = file.endsWith('.en.ts') ? ['en', module.en] : ['ko', module.ko]
      expect(strings, file).toBeDefined()
      const catalogue: object = language === 'en' ? en : ko
      for (const [key, value] of Object.entries(strings ?? {})) expect(catalogue[key as keyof typeof catalogue], `${file}: ${key}`).toBe(value)
    }
    const keyCount = (language: 'en' | 'ko') => Object.values(FEATURE_MODULES).reduce((sum, module) => sum + Object.keys(module[language] ?? {}).length, 0)
    expect(keyCount('en')).toBe(Object.keys(en).length)
    expect(keyCount('ko')).toBe(Object.keys(ko).length)
  })

  it('give every English string a Korean one (the types make them complete; this catches copies)', () => {
    const english = new Map(leaves(en))
    const untranslated = leaves(ko).filter(([path, text]) => text === english.get(path) && !SAME_IN_BOTH.test(text) && path !== 'explain')
    expect(untranslated).toEqual([])
    expect(leaves(ko).map(([path]) => path)).toEqual(leaves(en).map(([path]) => path))
  })

  it('write Korean without particle hedges, space-grouped digits or 무늬: every sample value reads as Korean', () => {
    // Each function rendered with every digit (each final sound), 10 and 1,024, and with names ending in a consonant or a vowel.
    const texts = [
      ...renderSamples(ko, numberFormatter('ko-KR'), (path) => path === 'explain').map(({ path, text }) => [path, text] as const),
      ...sampleReasons().map((reason) => [`explain.${reason.key}`, ko.explain({ message: 'English', reason })] as const)
    ]
    expect(texts.length).toBeGreaterThan(1000)
    expect(texts.filter(([, text]) => /\((으|이|을|는|과|와|를|가|은)\)|[을이은과]\((를|가|는|와)\)/.test(text)).map(([path]) => path)).toEqual([])
    expect(texts.filter(([, text]) => /\d \d{3}(?!\d)/.test(text) && !/×/.test(text)).map(([path, text]) => `${path}: ${text}`)).toEqual([])
    expect(texts.filter(([, text]) => text.includes('무늬')).map(([path]) => path)).toEqual([])
    expect(texts.filter(([, text]) => /\d %/.test(text)).map(([path, text]) => `${path}: ${text}`)).toEqual([])
    expect(texts.filter(([, text]) => /\u202f/.test(text)).map(([path]) => path)).toEqual([]) // no hand-inserted narrow spaces
  })

  it('say main’s refusals in Korean from their reasons; English keeps main’s own words; anything else is labelled as English', () => {
    for (const reason of sampleReasons()) {
      const korean = ko.explain({ code: 'invalid-argument', message: 'There is no version 3.', reason })
      // Latin letters only in paths, codes, names and after the English-detail label.
      const latin = korean.replace(/자세한 내용\(영어\):.*$/, '').replace(/\/home\S*|bad\.json|SQLITE_\w+|Digitscope|3Blue1Brown|MB|modern/g, '')
      expect(latin, korean).not.toMatch(/[A-Za-z]{2,}/)
      expect(en.explain({ message: 'There is no version 3.', reason })).toBe('There is no version 3.')
    }
    expect(ko.explain({ message: 'There is no version 3.', reason: { key: 'no-version', versionId: 3 } })).toBe('버전 #3을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.')
    expect(ko.explain({ message: 'There is no version 2.', reason: { key: 'no-version', versionId: 2 } })).toBe('버전 #2를 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.')
    expect(ko.explain({ message: 'x', reason: { key: 'training-busy', runName: '@bundled' } })).toContain('“3Blue1Brown 신경망(기본 제공)”')
    expect(ko.explain({ code: 'dataset-unavailable', message: 'MNIST train set is inconsistent.' })).toBe('MNIST를 읽지 못했습니다. 자세한 내용(영어): MNIST train set is inconsistent.')
    expect(ko.explain({ message: 'The training worker failed: out of memory' })).toBe('자세한 내용(영어): The training worker failed: out of memory')
  })

  it('use the usual Korean terms for the network: 뉴런, 가중치, 편향, 활성화, 시그모이드', () => {
    expect(ko.draw.inputText).toContain('뉴런')
    expect(ko.neuron.incomingWeights).toContain('가중치')
    expect(ko.neuron.bias).toContain('편향')
    expect(ko.neuron.activation).toContain('활성화')
    expect(ko.form.choices.sigmoid).toBe('시그모이드')
    expect(ko.train.learning).toMatch(/가중치와 편향/)
  })

  it('have the menu and dialogs of the main process in both languages', () => {
    expect(Object.keys(MAIN_MESSAGES.ko)).toEqual(Object.keys(MAIN_MESSAGES.en))
    const same = leaves(MAIN_MESSAGES.ko).filter(([path, text]) => text === new Map(leaves(MAIN_MESSAGES.en)).get(path))
    expect(same).toEqual([])
  })

  it('follow the system language: Korean for any Korean locale, English otherwise', () => {
    expect(languageOf('system', ['ko-KR', 'en-US'])).toBe('ko')
    expect(languageOf('system', ['ko'])).toBe('ko')
    expect(languageOf('system', ['fr-FR', 'ko-KR'])).toBe('ko')
    expect(languageOf('system', ['en-GB'])).toBe('en')
    expect(languageOf('system', ['de-DE'])).toBe('en')
    expect(languageOf('system', [])).toBe('en')
    expect(languageOf('en', ['ko-KR'])).toBe('en')
    expect(languageOf('ko', ['en-US'])).toBe('ko')
  })
})

/** Words a template may show as they are: names, units, keys. */
const ALLOWED_WORDS = new Set(['Digitscope', 'MNIST', 'ONNX', 'English', 'px', 'Ctrl', 'Esc', 'Shift', 'Space', 'W', 'z', 'a', 'b', 'w'])

/** Text a user would read, left in a template rather than a catalogue. */
function hardCodedText(source: string): string[] {
  let template = source.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '')
  // Expressions ({…}, possibly nested) are code, not text.
  for (let previous = ''; previous !== template; ) [previous, template] = [template, template.replace(/\{[^{}]*\}/g, '')]
  const found: string[] = []
  const words = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !ALLOWED_WORDS.has(word))
  for (const [, text] of template.matchAll(/>([^<>]+)</g)) if (words(text).length) found.push(text.trim())
  for (const [, attribute, text] of template.matchAll(/\s(title|aria-label|placeholder|alt|aria-roledescription|label)="([^"]*)"/g)) {
    if (words(text).length) found.push(`${attribute}="${text}"`)
  }
  return found
}

describe('the renderer’s templates', () => {
  const files = Object.keys(TEMPLATES)

  it('are found', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it.each(files)('%s shows no text that is not in the catalogues', (file) => {
    expect(hardCodedText(TEMPLATES[file])).toEqual([])
  })

  it('the check itself finds text left in a template', () => {
    expect(hardCodedText('<script>const x = "Hello there"</script><p>Hello there</p><b title="Click me">{t().ok}</b>')).toEqual(['Hello there', 'title="Click me"'])
  })
})
