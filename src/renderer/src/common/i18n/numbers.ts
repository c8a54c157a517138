/** Whole numbers as a language writes them (en-GB and ko-KR both group thousands with commas: 60,000). */
export function numberFormatter(locale: string): (n: number) => string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  return (n) => format.format(n)
}

/** A range of whole numbers as hints under the form's fields write it: "1 – 60,000" in English, "1~60,000" in Korean. */
export function rangeFormatter(locale: string): (range: { min: number; max: number }) => string {
  const n = numberFormatter(locale)
  const dash = locale.startsWith('ko') ? '~' : ' – '
  return ({ min, max }) => `${n(min)}${dash}${n(max)}`
}

/** A negative number with the minus sign (U+2212) that the formulas beside it use, not Intl's hyphen. */
export const withMinus = (text: string): string => text.replace(/^-/, '\u2212')

/** A number with a fixed count of decimals as a language writes it, with a true minus: (−1.5, 2) → "−1.50". */
export function decimalFormatter(locale: string, digits: number): (x: number) => string {
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })
  return (x) => withMinus(format.format(x))
}

/** What a catalogue's sentences format numbers with, in one locale. */
function formattersOf(locale: string) {
  return { n: numberFormatter(locale), twoPlaces: decimalFormatter(locale, 2), threePlaces: decimalFormatter(locale, 3), range: rangeFormatter(locale) }
}

/** The English strings' formatters (en-GB). */
export const EN = formattersOf('en-GB')
/** The Korean strings' formatters (ko-KR). */
export const KO = formattersOf('ko-KR')
