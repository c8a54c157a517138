import type Database from 'better-sqlite3'
import type { ChangeLog } from './change-log'
import { notFound, now } from './not-found'

/** A drawing the user saved with its label: their own test set, and what fine-tuning learns from. */
interface StoredDrawing {
  id: number
  label: number
  /** 784 grey levels, 0–255. */
  pixels: Uint8Array
  createdAt: string
}

/** The drawings table. */
export class Drawings {
  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog
  ) {}

  add(label: number, pixels: Uint8Array): number {
    return this.log.transaction(() => {
      this.log.noteDrawings()
      return Number(this.db.prepare('INSERT INTO drawings (label, pixels, created_at) VALUES (?, ?, ?)').run(label, Buffer.from(pixels), now()).lastInsertRowid)
    })
  }

  relabel(id: number, label: number): void {
    this.log.transaction(() => {
      if (this.db.prepare('UPDATE drawings SET label = ? WHERE id = ?').run(label, id).changes === 0) throw notFound.drawing(id)
      this.log.noteDrawings()
    })
  }

  delete(id: number): void {
    this.log.transaction(() => {
      if (this.db.prepare('DELETE FROM drawings WHERE id = ?').run(id).changes === 0) throw notFound.drawing(id)
      this.log.noteDrawings()
    })
  }

  list(): StoredDrawing[] {
    const rows = this.db.prepare('SELECT id, label, pixels, created_at AS createdAt FROM drawings ORDER BY id').all() as Array<Omit<StoredDrawing, 'pixels'> & { pixels: Buffer }>
    return rows.map((row) => ({ ...row, pixels: new Uint8Array(row.pixels) }))
  }
}
