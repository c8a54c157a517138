import { describe, expect, it } from 'vitest'
import { josa, type Particle } from './josa'

describe('josa: the particle that fits the word before it', () => {
  it('reads the digits 0–9 in Sino-Korean', () => {
    const digits = (particle: Particle) => Array.from({ length: 10 }, (_, d) => josa(d, particle)).join(' ')
    expect(digits('이/가')).toBe('0이 1이 2가 3이 4가 5가 6이 7이 8이 9가')
    expect(digits('을/를')).toBe('0을 1을 2를 3을 4를 5를 6을 7을 8을 9를')
    expect(digits('으로/로')).toBe('0으로 1로 2로 3으로 4로 5로 6으로 7로 8로 9로')
  })

  it.each<[string | number, Particle, string]>([
    // numbers by their last digit
    [10, '이/가', '10이'],
    ['1,024', '은/는', '1,024는'],
    // Hangul by its final consonant; ㄹ takes 로
    ['모델', '을/를', '모델을'],
    ['네트워크', '을/를', '네트워크를'],
    ['신경망', '과/와', '신경망과'],
    ['파일', '으로/로', '파일로'],
    ['학습 (기본 제공)', '이/가', '학습 (기본 제공)이'],
    // Latin words by their last letter, acronyms letter by letter
    ['classic', '은/는', 'classic은'],
    ['modern', '이/가', 'modern이'],
    ['wide', '을/를', 'wide를'],
    ['MNIST', '을/를', 'MNIST를'],
    ['ONNX', '으로/로', 'ONNX로'],
    ['HTML', '이/가', 'HTML이']
  ])('%s + %s → %s', (word, particle, expected) => {
    expect(josa(word, particle)).toBe(expected)
  })

  it('reads sizes in bytes as 바이트 (a vowel), whatever the unit’s case', () => {
    expect(josa('2.3kB', '을/를')).toBe('2.3kB를')
    expect(josa('534 MB', '을/를')).toBe('534 MB를')
    expect(josa('1.2GB', '이/가')).toBe('1.2GB가')
    expect(josa('12B', '을/를')).toBe('12B를')
    expect(josa('MB', '을/를')).toBe('MB를') // the acronym alone, letter by letter: 엠비
  })
})
