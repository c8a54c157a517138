import { NEW_LESSON, withEveryStep, type LessonProgress } from '../../shared/lesson/lesson-steps'
import type { Settings } from './store/settings'

/**
 * The stored progress; anything unreadable (a newer app's format, a damaged value) starts the lesson afresh,
 * and an earlier app's progress gains a slot for each step added since.
 */
export function readLessonProgress(settings: Settings): LessonProgress {
  const stored = settings.get('lesson.progress')
  return stored ? withEveryStep(stored) : { ...NEW_LESSON, answers: [...NEW_LESSON.answers] }
}

export function saveLessonProgress(settings: Settings, progress: LessonProgress): LessonProgress {
  settings.set('lesson.progress', progress)
  return readLessonProgress(settings)
}
