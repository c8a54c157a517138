import type { VersionSummary } from '../../../shared/ipc/types'
import { unpackParams } from '../../../shared/nn/params'
import type { Network } from '../../../shared/nn/network'
import { call, messageOf } from './api'

/** The version the Draw view reads with: its weights cross IPC once, then every stroke runs locally. */
export class SelectedModel {
  versionId = $state<number | null>(null)
  network = $state.raw<Network | null>(null)
  loading = $state(false)
  error = $state<string | null>(null)
  private requested = 0
  /** Whether the user picked the version; until then the newest is read with. */
  private picked = false

  /**
   * Called with every list of versions that arrives (newest first): reads with the newest until the user
   * picks one — so a run being trained is read with its latest epoch — and with the newest again if the
   * picked one is deleted.
   */
  follow(versions: readonly VersionSummary[]): void {
    if (this.picked && versions.some((v) => v.versionId === this.versionId)) return
    this.picked = false
    const newest = versions[0]
    if (newest) void this.select(newest.versionId)
    else this.forget()
  }

  /** The user's choice (the picker, or "Draw with it" in Versions): kept until that version is deleted. */
  pick(versionId: number): Promise<void> {
    this.picked = true
    return this.select(versionId)
  }

  /** Nothing to read with (every version deleted). */
  private forget(): void {
    this.requested++
    this.versionId = null
    this.network = null
    this.loading = false
    this.error = null
  }

  /** Fetches a version's weights; a slower earlier request never overwrites a later one. */
  private async select(versionId: number): Promise<void> {
    if (versionId === this.versionId && this.network) return
    const request = ++this.requested
    this.versionId = versionId
    this.loading = true
    this.error = null
    try {
      const { architecture, params } = await call('versions:get-weights', { versionId })
      if (request !== this.requested) return
      this.network = unpackParams(architecture, params)
    } catch (error) {
      if (request === this.requested) {
        this.network = null
        this.error = messageOf(error)
      }
    } finally {
      if (request === this.requested) this.loading = false
    }
  }
}
