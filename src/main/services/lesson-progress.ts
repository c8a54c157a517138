import { NEW_LESSON, type LessonProgress } from '../../shared/lesson/lesson-steps'
import type { Settings } from './store/settings'

/** The stored progress; anything unreadable (a newer app's format, a damaged value) starts the lesson afresh. */
export function readLessonProgress(settings: Settings): LessonProgress {
  return settings.get('lesson.progress') ?? { ...NEW_LESSON, answers: [...NEW_LESSON.answers] }
}

export function saveLessonProgress(settings: Settings, progress: LessonProgress): LessonProgress {
  settings.set('lesson.progress', progress)
  return readLessonProgress(settings)
}
