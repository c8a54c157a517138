import type { VersionSummary } from '../../../shared/ipc/types'
import { call, messageOf } from './api'
import { exportVersion } from './export-version'
import { groupRuns, type RunOrder } from './group-runs'
import { t } from './i18n/i18n.svelte'
import { shortcutLabel } from './views'

export interface Notice {
  tone: 'info' | 'error'
  title: string
  text: string
}

/** What the user types into a version's editor row. */
export interface VersionDraft {
  versionId: number
  name: string
  tags: string
  notes: string
}

/**
 * The Versions view's state and actions: its filter and order, the editor row, and every call it makes
 * (rename, annotate, delete, export, import, fine-tune), each ending in one message. The list of versions
 * is the shell's, refreshed by main's `versions:changed`, so nothing here fetches it.
 */
export class VersionList {
  filter = $state('')
  order = $state<RunOrder>('newest')
  /** The version whose name, tags and notes are being edited. */
  draft = $state<VersionDraft | null>(null)
  message = $state<Notice | null>(null)
  /** A file is being dragged over the view. */
  dragging = $state(false)

  constructor(private readonly versions: () => readonly VersionSummary[]) {}

  readonly runs = $derived.by(() => groupRuns(this.versions(), this.filter, this.order))

  /** Runs a call; on success shows `success` (or clears the last message), on failure its error. */
  private async act(work: () => Promise<unknown>, success?: () => Omit<Notice, 'tone'>): Promise<void> {
    try {
      await work()
      this.message = success ? { tone: 'info', ...success() } : null
    } catch (error) {
      this.message = { tone: 'error', title: t().versions.failed, text: messageOf(error) }
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
  remove(runId: number, name: string, count: number): Promise<void> {
    if (!window.confirm(t().versions.confirmDelete(name, count))) return Promise.resolve()
    return this.act(() => call('runs:delete', { runId }), () => ({ title: t().versions.deleted, text: t().versions.deletedText(name) }))
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
