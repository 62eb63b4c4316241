/** The repertoire, its history, and vectors tagged by the model that made them. */
export const repertoire = `
  CREATE TABLE person (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    about TEXT NOT NULL,
    domains TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE abilities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    domain TEXT NOT NULL COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('technique', 'tool', 'concept', 'skill')),
    summary TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('own', 'lent', 'learning')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (domain, key)
  );
  CREATE INDEX abilities_status ON abilities (status);
  CREATE TABLE ability_events (
    id INTEGER PRIMARY KEY,
    ability_id TEXT NOT NULL REFERENCES abilities (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  CREATE INDEX ability_events_at ON ability_events (at);
  CREATE TABLE vectors (
    owner_kind TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    model TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, model)
  );
  `;
