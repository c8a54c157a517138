/**
 * Korean particles after a value that is only known at run time: 이/가, 을/를, 은/는, 과/와, (으)로.
 * The particle depends on whether the word before it ends in a consonant (받침). Digits are read aloud in
 * Sino-Korean (0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구); Latin letters as they sound in
 * English. For (으)로, a final ㄹ takes 로, as a vowel does.
 */
export type Particle = '이/가' | '을/를' | '은/는' | '과/와' | '으로/로'

/** Final consonant of each digit's Sino-Korean reading: true for 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔. */
const DIGIT_FINAL: Record<string, 'none' | 'consonant' | 'rieul'> = {
  '0': 'consonant',
  '1': 'rieul',
  '2': 'none',
  '3': 'consonant',
  '4': 'none',
  '5': 'none',
  '6': 'consonant',
  '7': 'rieul',
  '8': 'rieul',
  '9': 'none'
}

/** Capital letters spelled out whose name ends in a 받침 in Korean: L 엘, M 엠, N 엔, R 알. */
const LETTER_NAME_FINAL: Record<string, 'consonant' | 'rieul'> = { L: 'rieul', M: 'consonant', N: 'consonant', R: 'rieul' }

/**
 * A Latin word by how it is said in Korean: an acronym (MNIST, ONNX) letter by letter; a word (classic,
 * modern, wide) by its last letter — a consonant letter makes a 받침 (클래식, 모던), l makes ㄹ, a
 * vowel or a silent e does not (와이드).
 */
function latinFinal(word: string): 'none' | 'consonant' | 'rieul' {
  const tail = /[A-Za-z]+$/.exec(word)?.[0] ?? ''
  if (tail === tail.toUpperCase()) return LETTER_NAME_FINAL[tail.slice(-1)] ?? 'none'
  const last = tail.slice(-1).toLowerCase()
  if (last === 'l') return 'rieul'
  return /[aeiouyw]/.test(last) ? 'none' : 'consonant'
}

function finalSound(word: string): 'none' | 'consonant' | 'rieul' {
  const spoken = word.trim().replace(/[\s)\]}"'’”.,!?·…]+$/u, '')
  const last = spoken.slice(-1)
  if (!last) return 'none'
  const code = last.charCodeAt(0)
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28
    return final === 0 ? 'none' : final === 8 ? 'rieul' : 'consonant'
  }
  if (last in DIGIT_FINAL) return DIGIT_FINAL[last]
  // A size in bytes (2.3kB, 534 MB) is read 킬로바이트, 메가바이트: a vowel.
  if (/\d\s*[kKMGT]?B$/.test(spoken)) return 'none'
  return /[A-Za-z]/.test(last) ? latinFinal(spoken) : 'none'
}

/** The word followed by the particle that fits it: josa('3', '이/가') is "3이", josa('모델', '을/를') "모델을". */
export function josa(word: string | number, particle: Particle): string {
  const text = String(word)
  const sound = finalSound(text)
  const [afterConsonant, afterVowel] = particle.split('/')
  if (particle === '으로/로') return text + (sound === 'consonant' ? '으로' : '로')
  return text + (sound === 'none' ? afterVowel : afterConsonant)
}
