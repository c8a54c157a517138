import { describe, expect, it } from 'vitest'
import { minutesSeconds } from './clock'

describe('minutesSeconds', () => {
  it('counts minutes and seconds, rounding to the second', () => {
    expect([0, 9.4, 59.6, 61, 3599].map(minutesSeconds)).toEqual(['0:00', '0:09', '1:00', '1:01', '59:59'])
  })
  it('says it does not know yet rather than printing NaN', () => {
    expect([NaN, Infinity].map(minutesSeconds)).toEqual(['–:––', '–:––'])
  })
})
