/**
 * Ordered schema migrations. Migration i brings a database from `user_version` i to i + 1; each runs in
 * one transaction. Append new ones; never edit a migration that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: training runs, per-epoch snapshots (the versions a user sees), the user's own drawings */ `
  CREATE TABLE runs (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    preset        TEXT,
    config        TEXT    NOT NULL CHECK (json_valid(config)),
    status        TEXT    NOT NULL CHECK (status IN ('running', 'paused', 'completed', 'cancelled', 'failed', 'interrupted')),
    error         TEXT,
    parent_version_id INTEGER REFERENCES snapshots(id) ON DELETE SET NULL,
    created_at    TEXT    NOT NULL,
    finished_at   TEXT
  ) STRICT;

  CREATE TABLE snapshots (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    epoch         INTEGER NOT NULL CHECK (epoch >= 0),
    name          TEXT,
    notes         TEXT    NOT NULL DEFAULT '',
    layers        TEXT    NOT NULL CHECK (json_valid(layers)),
    -- float32 little-endian: for each layer l, weights [out][in] row-major, then biases [out]
    params        BLOB    NOT NULL,
    train_cost    REAL,
    test_accuracy REAL CHECK (test_accuracy IS NULL OR test_accuracy BETWEEN 0 AND 1),
    test_cost     REAL,
    -- per-class accuracy, confusion matrix and whatever else an epoch measured
    metrics       TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(metrics)),
    train_seconds REAL,
    created_at    TEXT    NOT NULL,
    UNIQUE (run_id, epoch)
  ) STRICT;
  CREATE INDEX snapshots_by_run ON snapshots (run_id, epoch);

  CREATE TABLE drawings (
    id            INTEGER PRIMARY KEY,
    label         INTEGER NOT NULL CHECK (label BETWEEN 0 AND 9),
    -- 784 brightness bytes, row-major, ink = 255, after preprocessing
    pixels        BLOB    NOT NULL CHECK (length(pixels) = 784),
    created_at    TEXT    NOT NULL
  ) STRICT;
  `,
  /* 2: small app-wide facts, such as whether the bundled default model was ever imported */ `
  CREATE TABLE settings (
    key           TEXT    PRIMARY KEY,
    value         TEXT    NOT NULL
  ) STRICT;
  `,
  /* 3: the process that owns a running run, so a run whose process died can be told from one still going */ `
  ALTER TABLE runs ADD COLUMN pid INTEGER;
  `,
  /* 4: tags on versions (a version's name and notes live in snapshots since 1) */ `
  CREATE TABLE version_tags (
    version_id    INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    tag           TEXT    NOT NULL CHECK (length(tag) BETWEEN 1 AND 40),
    PRIMARY KEY (version_id, tag)
  ) STRICT;
  `,
  /* 5: ids never reused (AUTOINCREMENT), a run can end 'diverged', so a deleted version's id cannot come back as another model;
        the weights BLOB last in its row, so listing versions never reads through it; indexes for the
        run summaries and tag filters. Tables rebuilt with foreign keys off, as SQLite's ALTER TABLE guide says. */ `
  CREATE TABLE runs_5 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL,
    preset        TEXT,
    config        TEXT    NOT NULL CHECK (json_valid(config)),
    status        TEXT    NOT NULL CHECK (status IN ('running', 'paused', 'completed', 'cancelled', 'failed', 'interrupted', 'diverged')),
    error         TEXT,
    parent_version_id INTEGER REFERENCES snapshots(id) ON DELETE SET NULL,
    created_at    TEXT    NOT NULL,
    finished_at   TEXT,
    pid           INTEGER
  ) STRICT;
  INSERT INTO runs_5 (id, name, preset, config, status, error, parent_version_id, created_at, finished_at, pid)
    SELECT id, name, preset, config, status, error, parent_version_id, created_at, finished_at, pid FROM runs;

  CREATE TABLE snapshots_5 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id        INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    epoch         INTEGER NOT NULL CHECK (epoch >= 0),
    name          TEXT,
    notes         TEXT    NOT NULL DEFAULT '',
    layers        TEXT    NOT NULL CHECK (json_valid(layers)),
    train_cost    REAL,
    test_accuracy REAL CHECK (test_accuracy IS NULL OR test_accuracy BETWEEN 0 AND 1),
    test_cost     REAL,
    metrics       TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(metrics)),
    train_seconds REAL,
    created_at    TEXT    NOT NULL,
    -- float32 little-endian: for each layer l, weights [out][in] row-major, then biases [out]
    params        BLOB    NOT NULL,
    UNIQUE (run_id, epoch)
  ) STRICT;
  INSERT INTO snapshots_5 (id, run_id, epoch, name, notes, layers, train_cost, test_accuracy, test_cost, metrics, train_seconds, created_at, params)
    SELECT id, run_id, epoch, name, notes, layers, train_cost, test_accuracy, test_cost, metrics, train_seconds, created_at, params FROM snapshots;

  DROP TABLE snapshots;
  DROP TABLE runs;
  ALTER TABLE runs_5 RENAME TO runs;
  ALTER TABLE snapshots_5 RENAME TO snapshots;
  CREATE INDEX snapshots_by_run ON snapshots (run_id, epoch, test_accuracy);
  CREATE INDEX version_tags_by_tag ON version_tags (tag, version_id);
  `,
  /* 6: the weights a run started from (its epoch 0: noise, or the version it fine-tunes), kept apart from the
        versions so lists and counts of versions are unchanged; they go with their run. */ `
  CREATE TABLE run_starts (
    run_id        INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    params        BLOB    NOT NULL
  ) STRICT;
  `,
  /* 7: names Digitscope gave runs itself (the bundled model, "… + my handwriting") become keys each language
        shows in its own words; digitscope_name_key is registered by migrate() (run-names.ts). */ `
  UPDATE runs SET name = digitscope_name_key(name) WHERE digitscope_name_key(name) IS NOT NULL;
  `
]
