/**
 * Names Digitscope gives runs itself are stored as keys, not as English text, so each reader shows them in
 * its own language: the bundled model, and a fine-tuning run named after what it fine-tunes. A user's own
 * names are stored and shown as typed.
 */
export const BUNDLED_RUN_NAME = '@bundled'
const FINE_TUNE_PREFIX = '@fine-tune:'

/** What a fine-tuning run of `base` (a stored name, possibly itself a key) is stored as. */
export function fineTuneRunName(base: string): string {
  return `${FINE_TUNE_PREFIX}${base}`
}

export interface RunNameWords {
  bundled: string
  withHandwriting: (base: string) => string
}

export const RUN_NAME_WORDS_EN: RunNameWords = {
  bundled: "3Blue1Brown's network (bundled)",
  withHandwriting: (base) => `${base} + my handwriting`
}

export const RUN_NAME_WORDS_KO: RunNameWords = {
  bundled: '3Blue1Brown 신경망(기본 제공)',
  withHandwriting: (base) => `${base} + 내 손글씨`
}

/** Every language's reading of a stored name, one per line: what a search of runs by name looks through. */
export function runNameReadings(stored: string): string {
  const readings = [stored, displayRunName(stored, RUN_NAME_WORDS_EN), displayRunName(stored, RUN_NAME_WORDS_KO)]
  return [...new Set(readings)].join('\n')
}

/** A stored run or version name as a reader of `words`' language reads it. */
export function displayRunName(stored: string, words: RunNameWords): string {
  if (stored === BUNDLED_RUN_NAME) return words.bundled
  if (stored.startsWith(FINE_TUNE_PREFIX) && stored.length > FINE_TUNE_PREFIX.length) {
    return words.withHandwriting(displayRunName(stored.slice(FINE_TUNE_PREFIX.length), words))
  }
  return stored
}

/** English names Digitscope stored before the keys above (schema 6 and older), mapped to their keys. */
export function keyOfLegacyName(stored: string): string | undefined {
  if (stored === RUN_NAME_WORDS_EN.bundled) return BUNDLED_RUN_NAME
  const suffix = ' + my handwriting'
  if (stored.endsWith(suffix) && stored.length > suffix.length) {
    const base = stored.slice(0, -suffix.length)
    return fineTuneRunName(keyOfLegacyName(base) ?? base)
  }
  return undefined
}
