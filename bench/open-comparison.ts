import type { Dispatch } from '../src/main/services/api'

/** Everything the comparison view asks main for when it opens: the comparison, the disagreements, each version's weights. */
export function openComparison(dispatch: Dispatch, versionIds: number[]): Promise<unknown> {
  return Promise.all([
    dispatch('versions:compare', { versionIds }),
    dispatch('versions:list-disagreements', { versionIds, offset: 0, count: 24 }),
    ...versionIds.map((versionId) => dispatch('versions:get-weights', { versionId }))
  ])
}
