import type { DigitSample } from '../../../shared/ipc/types'
import { LESSON_STEPS, NEW_LESSON, type LessonStep } from '../../../shared/lesson/lesson-steps'
import { call } from '../common/api'
import type { Reading } from '../draw/reading.svelte'
import { HandBuiltNeuron } from './hand-built-neuron.svelte'

/** How many test images the lesson's figures choose their examples from. */
const EXAMPLES = 100

/**
 * Where the learner is in the lesson, the answers given (both kept in the database, so the lesson goes on
 * where it was left), the neuron they build, and a few MNIST test images for the figures. Kept in App, so
 * nothing is lost by a trip to another view.
 */
export class Lesson {
  step = $state(0)
  answers = $state.raw<Array<number | null>>([...NEW_LESSON.answers])
  readonly neuron = new HandBuiltNeuron()
  examples = $state.raw<DigitSample[]>([])

  get id(): LessonStep {
    return LESSON_STEPS[this.step]
  }

  get answer(): number | null {
    return this.answers[this.step]
  }

  async start(): Promise<void> {
    try {
      const stored = await call('lesson:get')
      this.step = stored.step
      this.answers = stored.answers
    } catch {
      // Unreadable progress is not worth an error: the lesson starts at the beginning.
    }
  }

  /** The figures' MNIST examples, asked for when the lesson is first opened rather than at every start. */
  async loadExamples(): Promise<void> {
    if (this.examples.length > 0) return
    try {
      this.examples = await call('datasets:get-samples', { split: 'test', offset: 0, count: EXAMPLES })
    } catch {
      // Without MNIST the figures that need examples say so; the rest of the lesson works.
    }
  }

  go(step: number): void {
    this.step = Math.max(0, Math.min(LESSON_STEPS.length - 1, step))
    void this.save()
  }

  choose(choice: number | null): void {
    this.answers = this.answers.with(this.step, choice)
    void this.save()
  }

  /** The first `count` examples of a digit, in test-set order. */
  examplesOf(digit: number, count: number): DigitSample[] {
    return this.examples.filter((sample) => sample.label === digit).slice(0, count)
  }

  private async save(): Promise<void> {
    try {
      await call('lesson:set', { step: this.step, answers: [...this.answers] })
    } catch {
      // Kept for this session; a read-only database must not stop the lesson.
    }
  }
}

/** What a step that works on the learner's drawing is given: the lesson, and the reading of the drawing by the network in use. */
export interface StepProps {
  lesson: Lesson
  reading: Reading
}

/** A sample's pixels as network input: brightness 0…1. */
export const inputOf = (sample: DigitSample): Float32Array => Float32Array.from(sample.pixels, (v) => v / 255)
