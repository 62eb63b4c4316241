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
  -- Without rowid, keyed by kind and model first: reading all of one kind's vectors for one model (every
  -- earlier idea, for novelty) is one range of the key, about twice as fast as through a separate index.
  CREATE TABLE vectors (
    owner_kind TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    model TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (owner_kind, model, owner_id)
  ) WITHOUT ROWID;
  CREATE INDEX vectors_owner ON vectors (owner_kind, owner_id);
  `;
