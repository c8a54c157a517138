import { beforeEach, describe, expect, it } from 'vitest'
import { vi } from 'vitest'
import { BUNDLED_RUN_NAME } from '../../../shared/i18n/run-names'
import type { LessonProgress } from '../../../shared/lesson/lesson-steps'
import * as api from '../common/api'
import { runSummary, type ApiDouble } from '../common/test-doubles'
import { Drawing } from '../draw/drawing.svelte'
import { SelectedModel } from '../draw/model.svelte'
import { Reading } from '../draw/reading.svelte'
import { Lesson } from './lesson.svelte'

vi.mock('../common/api', () => import('../common/test-doubles').then((doubles) => doubles.apiDouble()))
const double = api as unknown as ApiDouble

/** The bundled run: its last epoch is version 12. */
const BUNDLED = 12
const bundledRun = runSummary(1, { name: BUNDLED_RUN_NAME })
/** A run of the learner's own whose last epoch is version 22. */
const ownRun = runSummary(2)
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Steps 1–4 answered (step 3 "network" and step 4 "layers" ask the version), the rest not. */
const answers = [0, 1, 7, 2, null, null, null, null, null, null]

/** A lesson started from `stored` progress, with the Draw view reading `drawVersion`, and these runs stored. */
async function started(stored: LessonProgress, runs = [bundledRun, ownRun], drawVersion: number | null = 22): Promise<Lesson> {
  const draw = new SelectedModel()
  draw.versionId = drawVersion
  const lesson = new Lesson(new Reading(new Drawing(), draw))
  double.answer('lesson:get', stored)
  double.answer('runs:list', { total: runs.length, runs: runs.filter((run) => run.name === BUNDLED_RUN_NAME) })
  await lesson.start()
  await settle()
  return lesson
}

/** The progress the lesson last stored. */
function lastSaved(): LessonProgress | undefined {
  const saves = double.call.mock.calls.filter(([channel]) => channel === 'lesson:set')
  return saves.at(-1)?.[1] as LessonProgress | undefined
}

describe('the lesson reads its own version, and an answer belongs to the version it was given on', () => {
  beforeEach(() => double.reset())

  it('reads the bundled network by default, whatever Draw reads, and keeps answers stored before versions were recorded', async () => {
    const lesson = await started({ step: 2, answers })
    expect(lesson.version.versionId).toBe(BUNDLED)
    expect(lesson.version.source).toBe('bundled')
    // Stored without answeredOn: given on the bundled network, which is read, so they still count.
    expect([0, 1, 2, 3, 4].map((i) => lesson.answerAt(i))).toEqual([0, 1, 7, 2, null])
    expect(lastSaved()).toBeUndefined()
  })

  it('records the version an answer was given on, and asks again the questions about the network when the learner reads another', async () => {
    const lesson = await started({ step: 2, answers })
    lesson.go(4)
    lesson.choose(3) // step 5 asks no version
    expect(lastSaved()?.answeredOn).toEqual([null, null, BUNDLED, BUNDLED, null, null, null, null, null, null])

    lesson.version.choose(22)
    expect(lesson.version.source).toBe('chosen')
    expect([0, 1, 2, 3, 4].map((i) => lesson.answerAt(i))).toEqual([0, 1, null, null, 3])
    expect(lastSaved()).toMatchObject({ answers: [0, 1, null, null, 3, null, null, null, null, null], versionId: 22 })

    lesson.go(2)
    lesson.choose(5)
    expect(lesson.answer).toBe(5)
    expect(lastSaved()?.answeredOn?.[2]).toBe(22)
    // Back to the bundled network: the answer given on version 22 is cleared there too.
    lesson.version.useDefault()
    expect(lesson.version.source).toBe('bundled')
    expect(lesson.answer).toBeNull()
    expect(lastSaved()).toMatchObject({ answers: [0, 1, null, null, 3, null, null, null, null, null], versionId: null })
  })

  it('goes on with the version the learner chose, and counts an answer given on another as not given', async () => {
    double.answer('versions:get', { versionId: 22 } as never) // versionGone(22): it still exists
    const lesson = await started({ step: 2, answers, answeredOn: [null, null, 22, BUNDLED, null, null, null, null, null, null], versionId: 22 })
    expect(lesson.version.versionId).toBe(22)
    expect(lesson.answerAt(2)).toBe(7)
    expect(lesson.answerAt(3)).toBeNull()
    expect(lastSaved()?.answers.slice(0, 4)).toEqual([0, 1, 7, null])
  })

  it("with the bundled network deleted, reads Draw's version and says why; a new newest version does not move it", async () => {
    const lesson = await started({ step: 2, answers }, [ownRun], 22)
    expect(lesson.version.bundled).toBeNull()
    expect(lesson.version.versionId).toBe(22)
    expect(lesson.version.source).toBe('draw')
    // Answers given on the bundled network answer another version's questions: asked again.
    expect([2, 3].map((i) => lesson.answerAt(i))).toEqual([null, null])
    expect(lastSaved()?.answers.slice(0, 4)).toEqual([0, 1, null, null])
    // Draw moves on (a new run): the lesson stays.
    ;(lesson.version as unknown as { draw: SelectedModel }).draw.versionId = 32
    lesson.version.adoptDraw()
    expect(lesson.version.versionId).toBe(22)
  })

  it('falls back to the bundled network when the version it reads is deleted', async () => {
    const lesson = await started({ step: 2, answers })
    lesson.version.choose(22)
    await lesson.version.drop([22])
    expect(lesson.version.versionId).toBe(BUNDLED)
    expect(lesson.version.source).toBe('bundled')
  })
})
