/**
 * Every Hangul syllable a catalogue can show: its strings, and its functions' results for a few sample
 * values (their fixed words are what matters). Loading the font subsets for these before Korean text is
 * first laid out keeps Chromium from painting missing-glyph boxes it does not always repaint (a button
 * whose text changed to Korean stayed "□□" after its subset arrived).
 */
export function hangulOf(catalogue: object): string {
  const found = new Set<string>()
  const add = (text: string) => {
    for (const char of text) if (char >= '\uac00' && char <= '\ud7a3') found.add(char)
  }
  const walk = (value: unknown) => {
    if (typeof value === 'string') add(value)
    else if (typeof value === 'function') {
      for (const sample of [0, 1, 2, 3, 10]) {
        try {
          add(String((value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, () => sample))))
        } catch {
          // a function that needs real arguments: its words are found through the others
        }
      }
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(catalogue)
  return [...found].join('')
}
