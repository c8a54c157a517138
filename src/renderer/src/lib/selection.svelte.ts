import { ComparisonState } from './comparison.svelte'

/** Which versions are ticked and which are being compared; kept in App so a trip to Draw loses neither. */
export class VersionSelection {
  chosen = $state.raw<number[]>([])
  comparing = $state.raw<ComparisonState | null>(null)

  toggle(versionId: number): void {
    this.chosen = this.chosen.includes(versionId) ? this.chosen.filter((id) => id !== versionId) : [...this.chosen, versionId].slice(-8)
  }

  /** Compares the ticked versions (at least two). */
  compare(): void {
    if (this.chosen.length < 2) return
    const comparison = new ComparisonState([...this.chosen])
    this.comparing = comparison
    void comparison.load()
  }

  close(): void {
    this.comparing = null
  }

  /** Forget versions that no longer exist. */
  keepOnly(existing: Set<number>): void {
    if (this.chosen.some((id) => !existing.has(id))) this.chosen = this.chosen.filter((id) => existing.has(id))
    if (this.comparing?.versionIds.some((id) => !existing.has(id))) this.comparing = null
  }
}
