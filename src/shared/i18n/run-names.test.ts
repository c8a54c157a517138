import { describe, expect, it } from 'vitest'
import { BUNDLED_RUN_NAME, displayRunName, fineTuneRunName, keyOfLegacyName, RUN_NAME_WORDS_EN, RUN_NAME_WORDS_KO, runNameReadings } from './run-names'

describe('names Digitscope gives runs itself', () => {
  it('show the bundled model and fine-tuning runs in each language, and a user’s own names as typed', () => {
    const tuned = fineTuneRunName(fineTuneRunName(BUNDLED_RUN_NAME))
    expect(displayRunName(BUNDLED_RUN_NAME, RUN_NAME_WORDS_EN)).toBe("3Blue1Brown's network (bundled)")
    expect(displayRunName(BUNDLED_RUN_NAME, RUN_NAME_WORDS_KO)).toBe('3Blue1Brown 신경망(기본 제공)')
    expect(displayRunName(tuned, RUN_NAME_WORDS_KO)).toBe('3Blue1Brown 신경망(기본 제공) + 내 손글씨 + 내 손글씨')
    expect(displayRunName(fineTuneRunName('modern · 시드 3'), RUN_NAME_WORDS_EN)).toBe('modern · 시드 3 + my handwriting')
    for (const own of ['classic · seed 1', '@fine-tune:', '@bundled2', '']) expect(displayRunName(own, RUN_NAME_WORDS_KO)).toBe(own)
  })

  it('turn the English names older databases stored into keys, nested fine-tuning included', () => {
    expect(keyOfLegacyName("3Blue1Brown's network (bundled)")).toBe(BUNDLED_RUN_NAME)
    expect(keyOfLegacyName("3Blue1Brown's network (bundled) + my handwriting")).toBe(fineTuneRunName(BUNDLED_RUN_NAME))
    expect(keyOfLegacyName('wide + my handwriting + my handwriting')).toBe(fineTuneRunName(fineTuneRunName('wide')))
    expect(keyOfLegacyName('classic · seed 1')).toBeUndefined()
    expect(keyOfLegacyName(' + my handwriting')).toBeUndefined()
  })

  it('can be searched in either language', () => {
    const readings = runNameReadings(fineTuneRunName(BUNDLED_RUN_NAME))
    expect(readings).toContain('3Blue1Brown')
    expect(readings).toContain('기본 제공')
    expect(readings).toContain('손글씨')
    expect(runNameReadings('mine')).toBe('mine')
  })
})
