import type { VersionSummary } from '../../../shared/ipc/types'
import { unpackParams } from '../../../shared/model/params'
import type { Network } from '../../../shared/network/network'
import { call } from '../common/api'
import { versionGone } from '../common/version-gone'

/** The version the Draw view reads with: its weights cross IPC once, then every stroke runs locally. */
export class SelectedModel {
  versionId = $state<number | null>(null)
  /** What the version is (its run, epoch, accuracy, name), for the picker and File › Export; null until it arrives. */
  summary = $state.raw<VersionSummary | null>(null)
  network = $state.raw<Network | null>(null)
  loading = $state(false)
  /** The last failure, kept as thrown: its words are made when shown (messageOf), in the UI's language of the moment. */
  error = $state<unknown>(null)
  private requested = 0
  /** Whether the user picked the version; until then the newest is read with. */
  private picked = false
  /** The newest version, as the shell last said. */
  private newest: number | null = null
  /** The version last told to main as used (the picker's "recently used"). */
  private marked: number | null = null

  /**
   * Called with the newest version whenever it changes: reads with it until the user picks one — so a run
   * being trained is read with its latest epoch — and with the newest again if the picked one is deleted.
   */
  follow(newest: number | null): void {
    this.newest = newest
    if (this.picked && this.versionId !== null) return
    this.picked = false
    if (newest !== null) void this.select(newest)
    else this.forget()
  }

  /** The user's choice (the picker, or "Draw with it" in Versions): kept until that version is deleted. */
  pick(versionId: number): Promise<void> {
    this.picked = true
    return this.select(versionId)
  }

  /**
   * Versions deleted: if the one read with is among them, back to the newest. 'unknown' (another process
   * wrote): the version read with is looked up, and treated as deleted if it is gone.
   */
  async drop(gone: readonly number[] | 'unknown'): Promise<void> {
    const versionId = this.versionId
    if (versionId === null) return
    if (gone === 'unknown') {
      if (!(await versionGone(versionId))) return
    } else if (!gone.includes(versionId)) return
    if (this.versionId !== versionId) return
    this.picked = false
    this.versionId = null
    this.follow(this.newest === versionId ? null : this.newest)
  }

  /** Renamed or annotated versions: the one read with is described anew. */
  describeAgain(updated: readonly number[]): void {
    if (this.versionId !== null && updated.includes(this.versionId)) void this.describe(this.versionId, this.requested)
  }

  /** Tells main the version is being read with (once per version), for the picker's "recently used". */
  markUsed(): void {
    const versionId = this.versionId
    if (versionId === null || versionId === this.marked || !this.network) return
    this.marked = versionId
    call('versions:mark-used', { versionId }).catch(() => {
      // Only the order of the picker's recent list depends on it.
    })
  }

  /** Nothing to read with (every version deleted). */
  private forget(): void {
    this.requested++
    this.versionId = null
    this.summary = null
    this.network = null
    this.loading = false
    this.error = null
  }

  /** Fetches a version's weights and summary; a slower earlier request never overwrites a later one. */
  private async select(versionId: number): Promise<void> {
    if (versionId === this.versionId && (this.network || this.loading)) return
    const request = ++this.requested
    this.versionId = versionId
    this.loading = true
    this.error = null
    if (this.summary?.versionId !== versionId) this.summary = null
    void this.describe(versionId, request)
    try {
      const { architecture, params } = await call('versions:get-weights', { versionId })
      if (request !== this.requested) return
      this.network = unpackParams(architecture, params)
    } catch (error) {
      if (request === this.requested) {
        this.network = null
        this.error = error
      }
    } finally {
      if (request === this.requested) this.loading = false
    }
  }

  private async describe(versionId: number, request: number): Promise<void> {
    try {
      const summary = await call('versions:get', { versionId })
      if (request === this.requested) this.summary = summary
    } catch {
      // The weights' answer carries the error the user reads.
    }
  }
}
