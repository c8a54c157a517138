import { LESSON_STEPS, MAX_CHOICES, NEW_LESSON, type LessonProgress } from '../../shared/lesson/lesson-steps'
import type { ModelStore } from './model-store'

const KEY = 'lesson.progress'

/** The stored progress; anything unreadable (a newer app's format, a damaged value) starts the lesson afresh. */
export function readLessonProgress(store: ModelStore): LessonProgress {
  try {
    const stored = JSON.parse(store.setting(KEY) ?? 'null') as Partial<LessonProgress> | null
    const step = stored?.step
    const answers = stored?.answers
    const isAnswer = (a: unknown) => a === null || (Number.isInteger(a) && (a as number) >= 0 && (a as number) < MAX_CHOICES)
    if (Number.isInteger(step) && (step as number) >= 0 && (step as number) < LESSON_STEPS.length && Array.isArray(answers) && answers.length === LESSON_STEPS.length && answers.every(isAnswer)) {
      return { step: step as number, answers: answers as LessonProgress['answers'] }
    }
  } catch {
    // Not JSON: as good as nothing stored.
  }
  return { ...NEW_LESSON, answers: [...NEW_LESSON.answers] }
}

export function saveLessonProgress(store: ModelStore, progress: LessonProgress): LessonProgress {
  store.setSetting(KEY, JSON.stringify(progress))
  return readLessonProgress(store)
}
