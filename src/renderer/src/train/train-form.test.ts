import { afterEach, describe, expect, it } from 'vitest'
import { LIMITS } from '../../../shared/training/config'
import { i18n } from '../common/i18n/i18n.svelte'
import { fieldOf, TrainForm } from './train-form.svelte'

const key = (...keys: Array<string | number>) => ({ path: keys.map((k) => ({ key: k })) }) as Parameters<typeof fieldOf>[0]

describe('the Train form', () => {
  afterEach(() => (i18n.language = 'en'))

  it('puts each problem under its field: a config setting, a layer size, the name, the subset; whole-config rules under the cost', () => {
    expect(fieldOf(key('config', 'eta'))).toBe('eta')
    expect(fieldOf(key('config', 'layers', 2))).toBe('layers')
    expect(fieldOf(key('config', 'hiddenActivation'))).toBe('hiddenActivation')
    expect(fieldOf(key('config'))).toBe('cost')
    expect(fieldOf(key('name'))).toBe('name')
    expect(fieldOf(key('subset'))).toBe('subset')
    expect(fieldOf({ path: undefined })).toBe('cost')
  })

  it('starts valid with the classic preset and sends all the training images as no subset', () => {
    const form = new TrainForm()
    expect(form.errors).toEqual({})
    expect(form.valid).toBe(true)
    const request = form.request()
    expect(request?.config.layers).toEqual([784, 16, 16, 10])
    expect(request?.subset).toBeUndefined()
    expect(request?.name).toBe('Classic · seed 1')
    form.numbers.subset = '4000'
    expect(form.request()?.subset).toBe(4000)
  })

  it('checks what is typed against the schema main uses, field by field', () => {
    const form = new TrainForm()
    form.numbers.eta = '0'
    form.layers = `784, ${LIMITS.layerSize.max + 1}, 10`
    form.numbers.subset = '70000'
    form.name = 'x'.repeat(201)
    form.outputActivation = 'softmax'
    expect(Object.keys(form.errors).sort()).toEqual(['cost', 'eta', 'layers', 'name', 'subset'])
    expect(form.errors.eta).toBe('η must be greater than 0')
    expect(form.errors.cost).toContain('cross-entropy')
    expect(form.valid).toBe(false)
    expect(form.request()).toBeUndefined()

    form.usePreset('modern')
    form.name = ''
    expect(form.errors).toEqual({})
    expect(form.request()?.config.outputActivation).toBe('softmax')
  })

  it('names the rule in Korean, with the limits written as Korean writes numbers', () => {
    i18n.language = 'ko'
    const form = new TrainForm()
    form.numbers.batchSize = '0'
    form.numbers.subset = '0'
    form.numbers.seed = '-1'
    expect(form.errors.batchSize).toBe('미니배치 크기는 1~60,000 사이의 정수로 적으세요')
    expect(form.errors.subset).toBe('학습 이미지 수는 1~60,000 사이의 정수로 적으세요')
    expect(form.errors.seed).toBe('시드는 0~4,294,967,295 사이의 정수로 적으세요')
  })
})
