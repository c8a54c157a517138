import { call } from './api'

/** Whether a version no longer exists (another process may have deleted it); any other failure is not proof. */
export async function versionGone(versionId: number): Promise<boolean> {
  try {
    await call('versions:get', { versionId })
    return false
  } catch (error) {
    return (error as { code?: unknown } | null)?.code === 'not-found'
  }
}
