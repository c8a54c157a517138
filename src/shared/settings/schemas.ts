// The schemas of what the user chooses and where they are, shared by the IPC contract (what the window
// may send) and the settings store in main (what a stored value must be to be read back).
import * as v from 'valibot'
import { objectOf, wholeNumber } from '../schema'
import { EARLIER_STEP_COUNTS, LESSON_STEPS, MAX_CHOICES } from '../lesson/lesson-steps'
import { LANGUAGES, THEMES } from './preferences'

export const LanguageChoiceSchema = v.picklist([...LANGUAGES, 'system'], `language must be one of ${[...LANGUAGES, 'system'].join(', ')}`)
export const ThemeChoiceSchema = v.picklist([...THEMES, 'system'], `theme must be one of ${[...THEMES, 'system'].join(', ')}`)

/**
 * Where the learner is in the lesson, the answer given at each step so far (null: none yet), the version each
 * was given on, and the version chosen. Progress an earlier app stored, with fewer steps or without the
 * versions, stays readable: main gives it a slot for every step added since.
 */
export const LessonProgressSchema = v.pipe(
  v.strictObject(
    {
      step: wholeNumber('step', 0, LESSON_STEPS.length - 1),
      answers: v.pipe(
        v.array(v.nullable(wholeNumber('an answer', 0, MAX_CHOICES - 1)), 'answers must be a list'),
        v.check(
          (answers) => answers.length === LESSON_STEPS.length || (EARLIER_STEP_COUNTS as readonly number[]).includes(answers.length),
          `answers must have one entry per step (${LESSON_STEPS.length})`
        )
      ),
      // Both optional, so progress stored before the lesson chose its own version still reads (see LessonProgress).
      answeredOn: v.optional(
        v.pipe(
          v.array(v.nullable(wholeNumber('a version id', 1, Number.MAX_SAFE_INTEGER)), 'answeredOn must be a list'),
          v.maxLength(LESSON_STEPS.length, `answeredOn must have at most one entry per step (${LESSON_STEPS.length})`)
        )
      ),
      versionId: v.optional(v.nullable(wholeNumber('versionId', 1, Number.MAX_SAFE_INTEGER)))
    },
    objectOf('step, answers, answeredOn?, versionId?')
  ),
  v.check((progress) => progress.step < progress.answers.length, 'step must be one of the steps answered for')
)
