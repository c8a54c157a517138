import { runName } from '../common/run-name'
import type { RunSummary, ThinResult, VersionSummary } from '../../../shared/ipc/types'
import { call, messageOf } from '../common/api'
import { exportVersion } from './export-version'
import { formatBytes, formatCount } from '../common/format'
import { t } from '../common/i18n/i18n.svelte'
import type { RunPages, RunSort } from '../common/run-pages.svelte'
import { shortcutLabel } from '../common/views'

/** What a notice says; words are made when shown, so a notice follows a change of the UI's language. */
export interface Words {
  title: string
  text: string
}

export interface Notice {
  tone: 'info' | 'error'
  words: () => Words
}

/** What the user types into a version's editor. */
export interface VersionDraft {
  versionId: number
  name: string
  tags: string
  notes: string
}

/** The thin dialog: a run, the k of "every k-th epoch", and what a dry run says would go. */
export interface Thinning {
  run: RunSummary
  every: number
  preview: ThinResult | null
  /** The last failure, kept as thrown; worded when shown. */
  error: unknown
  busy: boolean
}

/** How long typing in the filter pauses before the runs are asked for. */
export const FILTER_DELAY_MS = 250
/** What "Thin…" suggests first: keep every 5th epoch. */
export const DEFAULT_EVERY = 5

/**
 * The Versions view's state and actions: its filter and order (sent to runs:list), which row has focus,
 * the editor, the thin dialog, and every call it makes (rename, annotate, delete, thin, export, import,
 * fine-tune), each ending in one message. The runs are the shell's, kept current by main's deltas.
 */
export class VersionList {
  /** What is typed in the filter; sent to runs:list once typing pauses. */
  filter = $state('')
  order = $state<RunSort>('newest')
  /** The row that has (or last had) focus in the tree, by key; the one row reached by Tab. */
  activeKey = $state<string | null>(null)
  /** The version whose name, tags and notes are being edited. */
  draft = $state<VersionDraft | null>(null)
  thinning = $state<Thinning | null>(null)
  message = $state<Notice | null>(null)
  /** A file is being dragged over the view. */
  dragging = $state(false)
  private filterTimer: ReturnType<typeof setTimeout> | undefined
  private previews = 0

  constructor(readonly runs: RunPages) {}

  /** Typing in the filter: the runs are asked for once it pauses. */
  setFilter(text: string): void {
    this.filter = text
    clearTimeout(this.filterTimer)
    this.filterTimer = setTimeout(() => void this.runs.query(this.filter, this.order), FILTER_DELAY_MS)
  }

  setOrder(order: RunSort): void {
    this.order = order
    clearTimeout(this.filterTimer)
    void this.runs.query(this.filter, order)
  }

  toggle(runId: number): void {
    if (this.runs.epochs.has(runId)) this.runs.collapse(runId)
    else void this.runs.expand(runId)
  }

  /** Runs a call; on success shows `success` (or clears the last message), on failure its error. */
  private async act(work: () => Promise<unknown>, success?: () => Words): Promise<void> {
    try {
      await work()
      this.message = success ? { tone: 'info', words: success } : null
    } catch (error) {
      this.message = { tone: 'error', words: () => ({ title: t().versions.failed, text: messageOf(error) }) }
    }
  }

  edit(v: VersionSummary): void {
    this.draft = { versionId: v.versionId, name: v.name ?? '', tags: v.tags.join(', '), notes: v.notes }
  }

  cancelEdit(): void {
    this.draft = null
  }

  saveEdit(): Promise<void> {
    const draft = this.draft
    if (!draft) return Promise.resolve()
    this.draft = null
    const tags = draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean)
    return this.act(async () => {
      await call('versions:rename', { versionId: draft.versionId, name: draft.name })
      await call('versions:annotate', { versionId: draft.versionId, notes: draft.notes, tags })
    })
  }

  /** Deletes a run and its versions, once the user has confirmed. */
  remove(run: RunSummary): Promise<void> {
    if (!window.confirm(t().versions.confirmDelete(runName(run.name), run.epochs))) return Promise.resolve()
    return this.act(() => call('runs:delete', { runId: run.runId }), () => ({ title: t().versions.deleted, text: t().versions.deletedText(runName(run.name)) }))
  }

  /** Opens the thin dialog on a run with what keeping every 5th epoch would do. */
  openThin(run: RunSummary): Promise<void> {
    this.thinning = { run, every: DEFAULT_EVERY, preview: null, error: null, busy: false }
    return this.previewThin(DEFAULT_EVERY)
  }

  /** Asks main what keeping every `every`-th epoch would keep and free (a dry run: nothing changes). */
  async previewThin(every: number): Promise<void> {
    const thinning = this.thinning
    if (!thinning || !Number.isInteger(every) || every < 1 || every > 1000) return
    const preview = ++this.previews
    this.thinning = { ...thinning, every, preview: null, error: null }
    try {
      const result = await call('runs:thin', { runId: thinning.run.runId, every, dryRun: true })
      if (preview === this.previews && this.thinning) this.thinning = { ...this.thinning, preview: result }
    } catch (error) {
      if (preview === this.previews && this.thinning) this.thinning = { ...this.thinning, error }
    }
  }

  /** Thins the run as previewed; the dialog closes and one message says what went and what it freed. */
  async confirmThin(): Promise<void> {
    const thinning = this.thinning
    if (!thinning?.preview || thinning.busy) return
    this.thinning = { ...thinning, busy: true }
    try {
      const result = await call('runs:thin', { runId: thinning.run.runId, every: thinning.every, dryRun: false })
      this.thinning = null
      const words = () => ({
        title: t().versions.thinned,
        text: t().versions.thinnedText(runName(thinning.run.name), t().versions.epochs(result.removed.length, formatCount(result.removed.length)), formatBytes(result.bytesFreed))
      })
      this.message = { tone: 'info', words }
    } catch (error) {
      if (this.thinning) this.thinning = { ...thinning, busy: false, error }
    }
  }

  closeThin(): void {
    this.previews++
    this.thinning = null
  }

  exportAs(v: VersionSummary, format: 'json' | 'onnx'): Promise<void> {
    return this.act(() => exportVersion(v, format))
  }

  /** Imports model files one after another (from the file picker or a drop), each with its own message. */
  async importFiles(files: FileList | null | undefined): Promise<void> {
    for (const file of Array.from(files ?? [])) {
      let versionId = 0
      await this.act(
        async () => ({ versionId } = await call('versions:import', { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name })),
        () => ({ title: t().versions.imported, text: t().versions.importedText(file.name, versionId) })
      )
    }
  }

  fineTune(v: VersionSummary): Promise<void> {
    return this.act(
      () => call('training:fine-tune', { versionId: v.versionId, epochs: 3 }),
      () => ({ title: t().versions.fineTuning, text: t().versions.fineTuningText(v.versionId, shortcutLabel('train')) })
    )
  }

  drop(event: DragEvent): void {
    event.preventDefault()
    this.dragging = false
    void this.importFiles(event.dataTransfer?.files)
  }
}
