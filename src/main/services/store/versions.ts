import type Database from 'better-sqlite3'
import type { VersionSummary } from '../../../shared/ipc/types'
import { readRunOrigin } from '../../../shared/model/run-origin'
import type { ChangeLog } from './change-log'
import { notFound, now } from './not-found'
import type { Runs } from './runs'
import type { Settings } from './settings'

interface NewSnapshot {
  epoch: number
  layers: number[]
  params: Uint8Array
  trainCost?: number | null
  testAccuracy?: number | null
  testCost?: number | null
  metrics?: unknown
  trainSeconds?: number | null
}

/** A version as the query returns it: the summary with its JSON columns still as text. */
type VersionRow = Omit<VersionSummary, 'layers' | 'origin' | 'tags'> & { layers: string; runConfig: string; tags: string | null }

/** The one query of a version's summary: its snapshot joined with its run and its tags. */
const SUMMARIES = `
  SELECT s.id AS versionId, s.run_id AS runId, r.name AS runName, r.status AS runStatus, r.preset AS preset,
    s.layers AS layers, r.config AS runConfig, r.parent_version_id AS parentVersionId, s.notes AS notes,
    (SELECT json_group_array(tag) FROM (SELECT tag FROM version_tags t WHERE t.version_id = s.id ORDER BY tag)) AS tags, s.epoch AS epoch, s.name AS name, s.test_accuracy AS testAccuracy,
    s.test_cost AS testCost, s.train_cost AS trainCost, s.train_seconds AS trainSeconds, s.created_at AS createdAt
  FROM snapshots s JOIN runs r ON r.id = s.run_id`

/** The snapshots table: each stored epoch of a run is a version. */
export class Versions {
  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
    private readonly runs: Runs,
    private readonly settings: Settings
  ) {}

  private summaries(where: string, ...params: unknown[]): VersionSummary[] {
    return (this.db.prepare(`${SUMMARIES} ${where}`).all(...params) as VersionRow[]).map(toSummary)
  }

  /** Every version, newest run first and within a run newest epoch first. */
  list(): VersionSummary[] {
    return this.summaries('ORDER BY s.run_id DESC, s.epoch DESC')
  }

  get(versionId: number): VersionSummary {
    const [summary] = this.summaries('WHERE s.id = ?', versionId)
    if (!summary) throw notFound.version(versionId)
    return summary
  }

  /** Every stored epoch of one run, in order. */
  ofRun(runId: number): VersionSummary[] {
    const found = this.summaries('WHERE s.run_id = ? ORDER BY s.epoch', runId)
    if (found.length === 0 && !this.runs.exists(runId)) throw notFound.run(runId)
    return found
  }

  /** The picker's "recently used" versions, most recent first; ids of deleted versions drop out. */
  recent(): VersionSummary[] {
    const ids = this.settings.get('versions.recent') ?? []
    const found = this.summaries('WHERE s.id IN (SELECT value FROM json_each(?))', JSON.stringify(ids))
    return ids.flatMap((id) => found.filter((summary) => summary.versionId === id))
  }

  markUsed(versionId: number): void {
    this.get(versionId)
    const recent = this.settings.get('versions.recent') ?? []
    this.settings.set('versions.recent', [versionId, ...recent.filter((id) => id !== versionId)].slice(0, 8))
  }

  /** Stores one epoch's snapshot in one transaction; returns its version id. */
  add(runId: number, snapshot: NewSnapshot): number {
    const insert = this.db.prepare(
      `INSERT INTO snapshots (run_id, epoch, layers, params, train_cost, test_accuracy, test_cost, metrics, train_seconds, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    return this.log.transaction(() => {
      const versionId = Number(
        insert.run(
          runId,
          snapshot.epoch,
          JSON.stringify(snapshot.layers),
          Buffer.from(snapshot.params.buffer, snapshot.params.byteOffset, snapshot.params.byteLength),
          snapshot.trainCost ?? null,
          snapshot.testAccuracy ?? null,
          snapshot.testCost ?? null,
          JSON.stringify(snapshot.metrics ?? {}),
          snapshot.trainSeconds ?? null,
          now()
        ).lastInsertRowid
      )
      this.log.note('versions', 'added', versionId)
      this.log.note('runs', 'updated', runId)
      return versionId
    })
  }

  /** Everything needed to rebuild a version's network and describe it. */
  model(versionId: number): { summary: VersionSummary; params: Uint8Array; metrics: unknown } {
    const summary = this.get(versionId)
    const row = this.db.prepare('SELECT params, metrics FROM snapshots WHERE id = ?').get(versionId) as { params: Buffer; metrics: string }
    return { summary, params: new Uint8Array(row.params), metrics: JSON.parse(row.metrics) }
  }

  /** A user's name for a version; empty or null clears it. */
  rename(versionId: number, name: string | null): void {
    this.log.transaction(() => {
      const result = this.db.prepare('UPDATE snapshots SET name = ? WHERE id = ?').run(name?.trim() || null, versionId)
      if (result.changes === 0) throw notFound.version(versionId)
      this.log.note('versions', 'updated', versionId)
    })
  }

  /** A version's notes and tags, replaced as a whole in one transaction. */
  annotate(versionId: number, notes: string, tags: string[]): void {
    this.log.transaction(() => {
      if (this.db.prepare('UPDATE snapshots SET notes = ? WHERE id = ?').run(notes, versionId).changes === 0) throw notFound.version(versionId)
      this.db.prepare('DELETE FROM version_tags WHERE version_id = ?').run(versionId)
      const insert = this.db.prepare('INSERT OR IGNORE INTO version_tags (version_id, tag) VALUES (?, ?)')
      for (const tag of tags) insert.run(versionId, tag)
      this.log.note('versions', 'updated', versionId)
    })
  }
}

function toSummary({ runConfig, tags, ...row }: VersionRow): VersionSummary {
  return {
    ...row,
    layers: JSON.parse(row.layers) as number[],
    origin: readRunOrigin(JSON.parse(runConfig)),
    tags: tags ? (JSON.parse(tags) as string[]) : []
  }
}
