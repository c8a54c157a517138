import { afterEach, describe, expect, it } from 'vitest'
import { exportFileName } from './export-version'
import { i18n } from '../common/i18n/i18n.svelte'

describe('the file name an export suggests', () => {
  afterEach(() => {
    i18n.language = 'en'
  })

  it('keeps letters of any script, names the bundled model in the UI’s language, and never starts with a dot', () => {
    expect(exportFileName({ name: null, runName: '@bundled', epoch: 30 }, 'json')).toBe('3Blue1Brown-s-network-bundled-epoch-30.digitscope.json')
    i18n.language = 'ko'
    expect(exportFileName({ name: null, runName: '@bundled', epoch: 30 }, 'onnx')).toBe('3Blue1Brown-신경망-기본-제공-epoch-30.onnx')
    expect(exportFileName({ name: '내 모델 / 최고', runName: 'x', epoch: 3 }, 'json')).toBe('내-모델-최고-epoch-3.digitscope.json')
    expect(exportFileName({ name: '../..', runName: 'x', epoch: 1 }, 'json')).toBe('digitscope-epoch-1.digitscope.json')
  })
})
