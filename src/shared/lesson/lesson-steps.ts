/**
 * The lesson's steps, one per section of the lecture notes on 3Blue1Brown's chapter 1, then the question
 * the lecture only hopes about. Their words live in the UI's catalogues (`lesson.steps`).
 */
export const LESSON_STEPS = ['recognise', 'neuron', 'network', 'layers', 'weights', 'sigmoid', 'bias', 'matrix', 'learning', 'hope'] as const
export type LessonStep = (typeof LESSON_STEPS)[number]

/** Where a learner is, and the choice made in each step's predict-then-reveal question (null: not yet). */
export interface LessonProgress {
  step: number
  answers: Array<number | null>
}

/** The most choices a question offers. */
export const MAX_CHOICES = 10

export const NEW_LESSON: LessonProgress = { step: 0, answers: LESSON_STEPS.map(() => null) }
