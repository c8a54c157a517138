import { BUNDLED_RUN_NAME } from '../../../shared/i18n/run-names'
import { call } from '../common/api'
import { versionGone } from '../common/version-gone'
import { SelectedModel } from '../draw/model.svelte'

/** Why the lesson reads the version it reads. */
export type VersionSource = 'bundled' | 'chosen' | 'draw'

/** The bundled network's version (its run's last epoch), or null when that run is gone. */
async function findBundled(): Promise<number | null> {
  // A user's run may contain the key in its name, so the run is matched on the whole stored name.
  const { runs } = await call('runs:list', { offset: 0, limit: 20, text: BUNDLED_RUN_NAME, sort: 'oldest' })
  return runs.find((run) => run.name === BUNDLED_RUN_NAME && run.last)?.last?.versionId ?? null
}

/**
 * The version the lesson reads, which is its own and not the Draw view's: by default the bundled
 * 3Blue1Brown network the lecture describes, else the one the learner chose. Only when the bundled network
 * is gone does it take the Draw view's version (and says so). A new run never changes it by itself.
 */
export class LessonVersion {
  /** The version's weights and summary, loaded as Draw loads its own. */
  readonly model = new SelectedModel()
  source = $state<VersionSource | null>(null)
  /** The bundled network's version; null when it is gone, undefined until known. */
  bundled = $state<number | null | undefined>(undefined)

  /**
   * @param draw the Draw view's version, read only when the bundled network is gone
   * @param onSwitch told of every version the lesson decides to read, before its weights arrive
   */
  constructor(
    private readonly draw: SelectedModel,
    private readonly onSwitch: (versionId: number) => void
  ) {}

  get versionId(): number | null {
    return this.model.versionId
  }

  /** At start: the learner's stored choice if it still exists, else the bundled network, else Draw's. */
  async start(chosen: number | null): Promise<void> {
    this.bundled = await findBundled().catch(() => null)
    if (chosen !== null && chosen !== this.bundled && !(await versionGone(chosen))) this.use(chosen, 'chosen')
    else this.useDefault()
  }

  /** The learner's choice in the lesson's picker. */
  choose(versionId: number): void {
    this.use(versionId, versionId === this.bundled ? 'bundled' : 'chosen')
  }

  /** Back to the bundled network (or Draw's version, if it is gone). */
  useDefault(): void {
    if (this.bundled) this.use(this.bundled, 'bundled')
    else this.adoptDraw()
  }

  /**
   * With the bundled network gone and nothing read yet, the lesson takes Draw's version, once: reading
   * `draw.versionId`, so an effect calling this adopts it as soon as Draw has one.
   */
  adoptDraw(): void {
    const versionId = this.draw.versionId
    if (this.bundled === undefined || this.bundled !== null) return
    if (this.model.versionId === null && versionId !== null) this.use(versionId, 'draw')
  }

  /** Versions deleted ('unknown': another process wrote): if the one read is among them, back to the default. */
  async drop(gone: readonly number[] | 'unknown'): Promise<void> {
    if (this.bundled && (gone === 'unknown' || gone.includes(this.bundled))) this.bundled = await findBundled().catch(() => null)
    const versionId = this.model.versionId
    if (versionId === null) return
    if (gone === 'unknown' ? !(await versionGone(versionId)) : !gone.includes(versionId)) return
    if (this.model.versionId !== versionId) return
    await this.model.drop([versionId])
    this.source = null
    this.useDefault()
  }

  private use(versionId: number, source: VersionSource): void {
    this.source = source
    // The pick sets the version read at once (its weights follow), so onSwitch sees the new one.
    void this.model.pick(versionId)
    this.onSwitch(versionId)
  }
}
