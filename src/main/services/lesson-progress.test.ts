import { LESSON_STEPS } from '../../shared/lesson/lesson-steps'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Store } from './store/store'
import { openServices } from './services'
import { useTempFolder, writeSettingText } from './test-support'

const tempFolder = useTempFolder()
const fresh = { step: 0, answers: Array(11).fill(null) }

describe('lesson progress, stored in the database', () => {
  it('starts at the first step, is kept across restarts, and refuses what no step or question has', async () => {
    const databaseFile = join(tempFolder(), 'digitscope.db')
    const first = openServices({ databaseFile, version: 'test' })
    expect(await first.dispatch('lesson:get', undefined)).toEqual({ ok: true, value: fresh })
    const progress = { step: 4, answers: [1, 0, 3, 2, null, null, null, null, null, null, null] }
    expect(await first.dispatch('lesson:set', progress)).toEqual({ ok: true, value: progress })
    for (const bad of [{ step: 11, answers: fresh.answers }, { step: 10, answers: fresh.answers.slice(1) }, { step: 1, answers: [1] }, { step: 1, answers: [...fresh.answers.slice(1), 10] }, { step: -1, answers: fresh.answers }]) {
      expect((await first.dispatch('lesson:set', bad)).ok).toBe(false)
    }
    await first.close()

    const second = openServices({ databaseFile, version: 'test' })
    expect(await second.dispatch('lesson:get', undefined)).toEqual({ ok: true, value: progress })
    await second.close()
  })

  it('keeps the progress an app with ten steps stored, with a slot for the step added since', async () => {
    const databaseFile = join(tempFolder(), 'digitscope-ten.db')
    Store.open(databaseFile).close()
    writeSettingText(databaseFile, 'lesson.progress', JSON.stringify({ step: 9, answers: [1, 0, 3, 2, 0, 1, 1, 0, 1, null] }))
    const services = openServices({ databaseFile, version: 'test' })
    expect(await services.dispatch('lesson:get', undefined)).toEqual({ ok: true, value: { step: 9, answers: [1, 0, 3, 2, 0, 1, 1, 0, 1, null, null] } })
    await services.close()
  })

  it('starts afresh from a value it cannot read', async () => {
    for (const stored of ['{not json', '{"step": 99, "answers": []}', '[1,2]']) {
      const databaseFile = join(tempFolder(), `digitscope-${stored.length}.db`)
      Store.open(databaseFile).close()
      writeSettingText(databaseFile, 'lesson.progress', stored)
      const services = openServices({ databaseFile, version: 'test' })
      expect(await services.dispatch('lesson:get', undefined)).toEqual({ ok: true, value: fresh })
      await services.close()
    }
  })

  it('keeps the version each answer was given on and the version chosen, and still reads progress stored without them', async () => {
    const databaseFile = join(tempFolder(), 'digitscope-versions.db')
    Store.open(databaseFile).close()
    // Ten steps' answers, as the lesson stored them before step 11 and before answers named their version.
    const old = { step: 3, answers: [1, 0, 7, null, null, null, null, null, null, null] }
    writeSettingText(databaseFile, 'lesson.progress', JSON.stringify(old))
    const services = openServices({ databaseFile, version: 'test' })
    expect(await services.dispatch('lesson:get', undefined)).toEqual({ ok: true, value: { ...old, answers: [...old.answers, null] } })
    const steps = LESSON_STEPS.length
    const progress = { step: 3, answers: [1, 0, 7, ...Array(steps - 3).fill(null)], answeredOn: [null, null, 5, ...Array(steps - 3).fill(null)], versionId: 5 }
    expect(await services.dispatch('lesson:set', progress)).toEqual({ ok: true, value: progress })
    for (const bad of [{ ...progress, answeredOn: [0] }, { ...progress, versionId: 'bundled' }, { ...progress, answeredOn: Array(steps + 1).fill(null) }]) {
      expect((await services.dispatch('lesson:set', bad)).ok).toBe(false)
    }
    expect(await services.dispatch('lesson:get', undefined)).toEqual({ ok: true, value: progress })
    await services.close()
  })
})
