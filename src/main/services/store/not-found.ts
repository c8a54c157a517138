import { DigitscopeError } from '../errors/errors'

/** The store's not-found errors, each with its English words and the reason the UI words itself. */
export const notFound = {
  run: (runId: number) => new DigitscopeError('not-found', `There is no training run ${runId}.`, { reason: { key: 'no-run', runId } }),
  version: (versionId: number) => new DigitscopeError('not-found', `There is no version ${versionId}.`, { reason: { key: 'no-version', versionId } }),
  drawing: (drawingId: number) => new DigitscopeError('not-found', `There is no saved drawing ${drawingId}.`, { reason: { key: 'no-drawing', drawingId } })
}

export const now = (): string => new Date().toISOString()
