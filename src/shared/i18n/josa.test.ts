import { describe, expect, it } from 'vitest'
import { josa } from './josa'

describe('josa: the particle that fits the word before it', () => {
  it('reads the digits 0–9 in Sino-Korean', () => {
    expect(Array.from({ length: 10 }, (_, d) => josa(d, '이/가'))).toEqual(['0이', '1이', '2가', '3이', '4가', '5가', '6이', '7이', '8이', '9가'])
    expect(Array.from({ length: 10 }, (_, d) => josa(d, '을/를'))).toEqual(['0을', '1을', '2를', '3을', '4를', '5를', '6을', '7을', '8을', '9를'])
    expect(Array.from({ length: 10 }, (_, d) => josa(d, '으로/로'))).toEqual(['0으로', '1로', '2로', '3으로', '4로', '5로', '6으로', '7로', '8로', '9로'])
  })

  it('reads numbers by their last digit, and Hangul by its final consonant', () => {
    expect(josa(10, '이/가')).toBe('10이')
    expect(josa('1,024', '은/는')).toBe('1,024는')
    expect(josa('모델', '을/를')).toBe('모델을')
    expect(josa('네트워크', '을/를')).toBe('네트워크를')
    expect(josa('신경망', '과/와')).toBe('신경망과')
    expect(josa('파일', '으로/로')).toBe('파일로')
    expect(josa('학습 (기본 제공)', '이/가')).toBe('학습 (기본 제공)이')
  })

  it('reads Latin names as they sound', () => {
    expect(josa('classic', '은/는')).toBe('classic은')
    expect(josa('modern', '이/가')).toBe('modern이')
    expect(josa('wide', '을/를')).toBe('wide를')
    expect(josa('tanh', '으로/로')).toBe('tanh으로')
    expect(josa('MNIST', '을/를')).toBe('MNIST를')
    expect(josa('ONNX', '으로/로')).toBe('ONNX로')
    expect(josa('HTML', '이/가')).toBe('HTML이')
  })
})
