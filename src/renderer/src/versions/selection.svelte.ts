import { ComparisonState } from '../compare/comparison.svelte'
import { versionGone } from '../common/version-gone'

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

  /** Forgets versions that were deleted; 'unknown' (another process wrote): each ticked one is looked up. */
  async drop(gone: readonly number[] | 'unknown'): Promise<void> {
    const ids = [...this.chosen, ...(this.comparing?.versionIds ?? [])].filter((id, i, all) => all.indexOf(id) === i)
    const missing = gone === 'unknown' ? (await Promise.all(ids.map(async (id) => ((await versionGone(id)) ? [id] : [])))).flat() : gone
    if (this.chosen.some((id) => missing.includes(id))) this.chosen = this.chosen.filter((id) => !missing.includes(id))
    if (this.comparing?.versionIds.some((id) => missing.includes(id))) this.comparing = null
  }
}
