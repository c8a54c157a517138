import { describe, expect, it } from 'vitest'
import { hangulOf } from './glyphs'
import { ko } from '../../app/catalogue'

describe('the syllables loaded before the first paint', () => {
  it('cover every Korean word of the catalogue, fixed words of its functions included, each once', () => {
    const syllables = hangulOf(ko)
    for (const word of ['닫기', '그리기', '줄이기', '자세한 내용(영어)', '일시 정지됨', '학습 시작']) {
      for (const char of word.replace(/[^\uac00-\ud7a3]/g, '')) expect(syllables, word).toContain(char)
    }
    expect(new Set(syllables).size).toBe([...syllables].length)
    expect(hangulOf({ a: 'abc', f: (n: number) => `에포크 ${n}개` })).toBe('에포크개')
  })
})
