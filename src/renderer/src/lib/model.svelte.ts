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

  async select(versionId: number): Promise<void> {
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
