/** Which versions are ticked and which are being compared; kept in App so a trip to Draw loses neither. */
export class VersionSelection {
  chosen = $state.raw<number[]>([])
  comparing = $state.raw<number[] | null>(null)

  toggle(versionId: number): void {
    this.chosen = this.chosen.includes(versionId) ? this.chosen.filter((id) => id !== versionId) : [...this.chosen, versionId].slice(-8)
  }

  /** Forget versions that no longer exist. */
  keepOnly(existing: Set<number>): void {
    if (this.chosen.some((id) => !existing.has(id))) this.chosen = this.chosen.filter((id) => existing.has(id))
    if (this.comparing?.some((id) => !existing.has(id))) this.comparing = null
  }
}
