import type Database from 'better-sqlite3'
import * as v from 'valibot'
import { finiteNumber } from '../../../shared/schema'
import { LanguageChoiceSchema, LessonProgressSchema, ThemeChoiceSchema } from '../../../shared/settings/schemas'

const WindowPlaceSchema = v.object({
  x: finiteNumber('x'),
  y: finiteNumber('y'),
  width: finiteNumber('width'),
  height: finiteNumber('height'),
  maximized: v.boolean()
})

/** Where the window was left: its last normal bounds, and whether it was maximised. */
export type WindowPlace = v.InferOutput<typeof WindowPlaceSchema>

/**
 * Every key of the settings table, with the schema its value must pass to be read back, and how it is
 * stored: `text` as it is, `json` as JSON. A value that fails (a damaged row, a newer app's format) reads
 * as absent, so each reader falls back to its default.
 */
const SETTINGS = {
  /** The UI language chosen, or `system`. */
  'ui.language': { schema: LanguageChoiceSchema, stored: 'text' },
  /** The theme chosen, or `system`. */
  'ui.theme': { schema: ThemeChoiceSchema, stored: 'text' },
  /** Where the learner is in the lesson, and their answers. */
  'lesson.progress': { schema: LessonProgressSchema, stored: 'json' },
  /** When the bundled model was imported on the first start (never again, even once deleted). */
  'default-model-imported': { schema: v.string(), stored: 'text' },
  /** The version picker's recently used versions, most recent first; an id that is not one is dropped. */
  'versions.recent': {
    schema: v.pipe(
      v.array(v.unknown()),
      v.transform((ids) => ids.filter((id): id is number => Number.isSafeInteger(id)))
    ),
    stored: 'json'
  },
  /** The window's place on the screen. */
  'window.place': { schema: WindowPlaceSchema, stored: 'json' }
} as const satisfies Record<string, { schema: v.GenericSchema; stored: 'text' | 'json' }>

type SettingKey = keyof typeof SETTINGS
type SettingValue<K extends SettingKey> = v.InferOutput<(typeof SETTINGS)[K]['schema']>

/** A stored text read as the key's value, or undefined when it is not one. */
export function readSetting<K extends SettingKey>(key: K, text: string | undefined): SettingValue<K> | undefined {
  if (text === undefined) return undefined
  const { schema, stored } = SETTINGS[key]
  let value: unknown = text
  if (stored === 'json') {
    try {
      value = JSON.parse(text)
    } catch {
      return undefined // not JSON: as good as nothing stored
    }
  }
  const parsed = v.safeParse(schema as v.GenericSchema, value)
  return parsed.success ? (parsed.output as SettingValue<K>) : undefined
}

/** The settings table, read and written one typed key at a time. */
export class Settings {
  constructor(private readonly db: Database.Database) {}

  get<K extends SettingKey>(key: K): SettingValue<K> | undefined {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined
    return readSetting(key, row?.value)
  }

  set<K extends SettingKey>(key: K, value: SettingValue<K>): void {
    const text = SETTINGS[key].stored === 'json' ? JSON.stringify(value) : String(value)
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, text)
  }
}
