import type { DigitSample } from '../../../shared/ipc/types'
import { ASKS_THE_VERSION, LESSON_STEPS, NEW_LESSON, type LessonProgress, type LessonStep } from '../../../shared/lesson/lesson-steps'
import { call } from '../common/api'
import type { Reading } from '../draw/reading.svelte'
import { HandBuiltNeuron } from './hand-built-neuron.svelte'
import { LessonVersion } from './lesson-version.svelte'

/** How many test images the lesson's figures choose their examples from. */
const EXAMPLES = 100

/**
 * Where the learner is in the lesson, the answers given and the version each was given on (all kept in the
 * database, so the lesson goes on where it was left), the version the lesson reads, the neuron they build,
 * and a few MNIST test images for the figures. Kept in App, so nothing is lost by a trip to another view.
 */
export class Lesson {
  step = $state(0)
  answers = $state.raw<Array<number | null>>([...NEW_LESSON.answers])
  /**
   * The version each answer was given on (null: the question asks no version). Undefined: stored before
   * versions were recorded, so given on the bundled network.
   */
  answeredOn = $state.raw<Array<number | null | undefined>>(NEW_LESSON.answers.map(() => null))
  readonly neuron = new HandBuiltNeuron()
  examples = $state.raw<DigitSample[]>([])
  /** The version the lesson reads: its own, the bundled network by default. */
  readonly version: LessonVersion
  /** The learner's drawing read with the lesson's version. */
  readonly reading: Reading
  /** The chosen version as last stored, so a start that changes nothing writes nothing. */
  private storedChoice: number | null = null

  /** @param drawReading the Draw view's reading: the lesson reads the same drawing, with its own version */
  constructor(drawReading: Reading) {
    this.version = new LessonVersion(drawReading.model, (versionId) => this.switched(versionId))
    this.reading = drawReading.through(this.version.model)
  }

  get id(): LessonStep {
    return LESSON_STEPS[this.step]
  }

  get answer(): number | null {
    return this.answerAt(this.step)
  }

  /**
   * The answer given at step `i`, if it still answers the question asked: one given on another version
   * than the lesson reads now answered another question, and counts as not given.
   */
  answerAt(i: number): number | null {
    const answer = this.answers[i] ?? null
    if (answer === null || !ASKS_THE_VERSION.has(LESSON_STEPS[i])) return answer
    return this.givenOn(i) === this.version.versionId ? answer : null
  }

  async start(): Promise<void> {
    let chosen: number | null = null
    try {
      const stored = await call('lesson:get')
      this.step = stored.step
      this.answers = stored.answers
      // Stored before versions were recorded: the answers to questions about the network were given on the bundled one.
      const legacy = (answer: number | null, i: number) => (answer !== null && ASKS_THE_VERSION.has(LESSON_STEPS[i]) ? undefined : null)
      this.answeredOn = stored.answers.map((answer, i) => (stored.answeredOn ? (stored.answeredOn[i] ?? null) : legacy(answer, i)))
      chosen = stored.versionId ?? null
      this.storedChoice = chosen
    } catch {
      // Unreadable progress is not worth an error: the lesson starts at the beginning.
    }
    await this.version.start(chosen)
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
    this.answeredOn = this.answeredOn.with(this.step, choice !== null && ASKS_THE_VERSION.has(this.id) ? this.version.versionId : null)
    void this.save()
  }

  /** The first `count` examples of a digit, in test-set order. */
  examplesOf(digit: number, count: number): DigitSample[] {
    return this.examples.filter((sample) => sample.label === digit).slice(0, count)
  }

  /** The version an answer was given on; stored before versions were recorded: the bundled network. */
  private givenOn(i: number): number | null {
    const versionId = this.answeredOn[i]
    return versionId === undefined ? (this.version.bundled ?? null) : versionId
  }

  /** The lesson reads another version: answers given on any other are cleared, so their questions are asked again. */
  private switched(versionId: number): void {
    const stale = this.answers.map((answer, i) => answer !== null && ASKS_THE_VERSION.has(LESSON_STEPS[i]) && this.givenOn(i) !== versionId)
    if (stale.some(Boolean)) {
      this.answers = this.answers.map((answer, i) => (stale[i] ? null : answer))
      this.answeredOn = this.answeredOn.map((on, i) => (stale[i] ? null : on))
    }
    if (stale.some(Boolean) || this.choice() !== this.storedChoice) void this.save()
  }

  /** The learner's own choice of version, stored; null for the default. */
  private choice(): number | null {
    return this.version.source === 'chosen' ? this.version.versionId : null
  }

  /** What is stored: answers on the bundled network stay unmarked until its version is known, as they were read. */
  progress(): LessonProgress {
    const bundled = this.version.bundled
    const legacy = this.answeredOn.some((on) => on === undefined)
    const progress: LessonProgress = { step: this.step, answers: [...this.answers], versionId: this.choice() }
    if (!legacy || bundled !== undefined) progress.answeredOn = this.answeredOn.map((on) => (on === undefined ? (bundled ?? null) : on))
    return progress
  }

  private async save(): Promise<void> {
    const progress = this.progress()
    this.storedChoice = progress.versionId ?? null
    try {
      await call('lesson:set', progress)
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
