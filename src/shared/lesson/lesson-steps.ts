/**
 * The lesson's steps, one per section of the lecture notes on 3Blue1Brown's chapter 1, then the question
 * the lecture only hopes about, and how the numbers are found (the bridge to the next chapter). Their words live in the UI's catalogues (`lesson.steps`).
 */
export const LESSON_STEPS = ['recognise', 'neuron', 'network', 'layers', 'weights', 'sigmoid', 'bias', 'matrix', 'learning', 'hope', 'descent'] as const
export type LessonStep = (typeof LESSON_STEPS)[number]

/**
 * The steps whose question is asked of the version the lesson reads (its answer, its neurons, its shape):
 * another version asks another question, so an answer given on one version does not hold on another.
 */
export const ASKS_THE_VERSION: ReadonlySet<LessonStep> = new Set<LessonStep>(['network', 'layers', 'matrix', 'hope'])

/** Where a learner is, and the choice made in each step's predict-then-reveal question (null: not yet). */
export interface LessonProgress {
  step: number
  answers: Array<number | null>
  /**
   * The version each answer was given on, step by step (null where the question asks no version, or no
   * answer). Absent in progress stored before versions were recorded: those answers were all given on the
   * bundled network, the only one the lesson then read by default.
   */
  answeredOn?: Array<number | null>
  /** The version the learner chose for the lesson; absent or null: the bundled network. */
  versionId?: number | null
}

/** The most choices a question offers. */
export const MAX_CHOICES = 10

/** Steps that older versions of the app stored progress for (ten, before "How does it find the numbers?"). */
export const EARLIER_STEP_COUNTS = [10] as const

/** Stored progress from an app with fewer steps, given a (not yet answered) slot for each step added since. */
export function withEveryStep(progress: LessonProgress): LessonProgress {
  const missing = Math.max(0, LESSON_STEPS.length - progress.answers.length)
  return { ...progress, answers: [...progress.answers, ...Array<null>(missing).fill(null)] }
}

export const NEW_LESSON: LessonProgress = { step: 0, answers: LESSON_STEPS.map(() => null) }
