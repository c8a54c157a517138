import { ModelFileError, parseModelFile, type ModelMeta } from '../../shared/model/model-file'
import type { Network } from '../../shared/network/network'
import { DigitscopeError } from './errors/errors'

/** Reads and checks a model file's text; `source` names it in the error. */
export function readModel(text: string, source: string): { network: Network; meta: ModelMeta } {
  try {
    return parseModelFile(text)
  } catch (error) {
    if (error instanceof ModelFileError) throw modelFileError(source, error.message)
    throw error
  }
}

/** A model file that is not one Digitscope can read; the checker's `detail` stays in English. */
export function modelFileError(source: string, detail: string): DigitscopeError {
  return new DigitscopeError('invalid-argument', `${source}: ${detail}.`, { reason: { key: 'model-file', file: source, detail } })
}
