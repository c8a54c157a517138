import type Database from 'better-sqlite3'
import type { RunListQuery, RunPage, RunSummary, VersionBrief } from '../../../shared/ipc/types'
import { readRunOrigin } from '../../../shared/model/run-origin'

/**
 * Runs as the Versions view and the version picker list them: one row per run with its last and best
 * epoch, filtered, sorted and paged in SQL. The per-epoch numbers come from the covering index
 * snapshots_by_run (run_id, epoch, test_accuracy), so a listing never reads a snapshot's weights.
 */
const RUN_SUMMARIES = `
  WITH stats AS (
    SELECT run_id, count(*) AS epochs, max(epoch) AS last_epoch FROM snapshots GROUP BY run_id
  ), ranked AS (
    SELECT run_id, epoch, row_number() OVER (PARTITION BY run_id ORDER BY test_accuracy DESC NULLS LAST, epoch DESC) AS place
    FROM snapshots
  )
  SELECT r.id AS runId, r.name AS name, r.status AS status, r.preset AS preset, r.config AS config,
         r.parent_version_id AS parentVersionId, r.created_at AS createdAt, r.error AS error,
         coalesce(s.epochs, 0) AS epochs,
         l.id AS lastId, l.epoch AS lastEpoch, l.name AS lastName, l.test_accuracy AS lastAccuracy, l.layers AS layers,
         b.id AS bestId, b.epoch AS bestEpoch, b.name AS bestName, b.test_accuracy AS bestAccuracy
  FROM runs r
  LEFT JOIN stats s ON s.run_id = r.id
  LEFT JOIN snapshots l ON l.run_id = r.id AND l.epoch = s.last_epoch
  LEFT JOIN ranked rb ON rb.run_id = r.id AND rb.place = 1
  LEFT JOIN snapshots b ON b.run_id = r.id AND b.epoch = rb.epoch`

const MATCHES = `(
    :pattern IS NULL
    OR digitscope_run_names(r.name) LIKE :pattern ESCAPE '\\'
    OR EXISTS (SELECT 1 FROM snapshots v WHERE v.run_id = r.id AND (v.name LIKE :pattern ESCAPE '\\' OR v.notes LIKE :pattern ESCAPE '\\'))
    OR EXISTS (SELECT 1 FROM snapshots v JOIN version_tags t ON t.version_id = v.id WHERE v.run_id = r.id AND t.tag LIKE :pattern ESCAPE '\\')
  )`

const ORDER: Record<RunListQuery['sort'], string> = {
  newest: 'r.id DESC',
  oldest: 'r.id ASC',
  best: 'b.test_accuracy IS NULL, b.test_accuracy DESC, r.id DESC',
  name: 'r.name COLLATE NOCASE ASC, r.id DESC'
}

interface Row {
  runId: number
  name: string
  status: RunSummary['status']
  preset: string | null
  config: string
  parentVersionId: number | null
  createdAt: string
  error: string | null
  epochs: number
  lastId: number | null
  lastEpoch: number | null
  lastName: string | null
  lastAccuracy: number | null
  layers: string | null
  bestId: number | null
  bestEpoch: number | null
  bestName: string | null
  bestAccuracy: number | null
}

function brief(versionId: number | null, epoch: number | null, name: string | null, testAccuracy: number | null): VersionBrief | null {
  return versionId === null || epoch === null ? null : { versionId, epoch, name, testAccuracy }
}

function toRunSummary(row: Row): RunSummary {
  const origin = readRunOrigin(JSON.parse(row.config))
  const trained = origin?.kind === 'trained' ? origin.config : null
  return {
    runId: row.runId,
    name: row.name,
    status: row.status,
    preset: row.preset,
    layers: row.layers ? (JSON.parse(row.layers) as number[]) : trained ? trained.layers : origin?.kind === 'imported' ? origin.architecture.layers : [],
    eta: trained?.eta ?? null,
    batchSize: trained?.batchSize ?? null,
    parentVersionId: row.parentVersionId,
    createdAt: row.createdAt,
    error: row.error,
    epochs: row.epochs,
    last: brief(row.lastId, row.lastEpoch, row.lastName, row.lastAccuracy),
    best: brief(row.bestId, row.bestEpoch, row.bestName, row.bestAccuracy)
  }
}

/** `%text%` for LIKE, with the user's own % and _ taken literally. */
function likePattern(text: string | undefined): string | null {
  const trimmed = text?.trim()
  return trimmed ? `%${trimmed.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null
}

export function listRuns(db: Database.Database, query: RunListQuery): RunPage {
  const pattern = likePattern(query.text)
  const total = (db.prepare(`SELECT count(*) AS n FROM runs r WHERE ${MATCHES}`).get({ pattern }) as { n: number }).n
  const rows = db
    .prepare(`${RUN_SUMMARIES} WHERE ${MATCHES} ORDER BY ${ORDER[query.sort]} LIMIT :limit OFFSET :offset`)
    .all({ pattern, limit: query.limit, offset: query.offset }) as Row[]
  return { total, runs: rows.map(toRunSummary) }
}

export function runsById(db: Database.Database, runIds: number[]): RunSummary[] {
  if (runIds.length === 0) return []
  const rows = db.prepare(`${RUN_SUMMARIES} WHERE r.id IN (SELECT value FROM json_each(?)) ORDER BY r.id DESC`).all(JSON.stringify(runIds)) as Row[]
  return rows.map(toRunSummary)
}

/** SQLite's plan for a listing, to show that it is served by indexes (tests and docs/benchmarks.md). */
export function explainListRuns(db: Database.Database, sort: RunListQuery['sort'] = 'newest'): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${RUN_SUMMARIES} WHERE ${MATCHES} ORDER BY ${ORDER[sort]} LIMIT 50 OFFSET 0`).all({ pattern: null }) as Array<{ detail: string }>).map(
    (row) => row.detail
  )
}
