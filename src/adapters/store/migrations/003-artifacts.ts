/** Artifacts made from ideas, every attempt kept with its check result. */
export const artifacts = `
  CREATE TABLE artifacts (
    id TEXT PRIMARY KEY,
    idea_id TEXT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    format TEXT NOT NULL CHECK (format IN ('js', 'abc', 'vega-lite', 'markdown')),
    title TEXT NOT NULL,
    passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
    abilities TEXT NOT NULL DEFAULT '[]',
    model TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX artifacts_idea ON artifacts (idea_id);
  CREATE INDEX artifacts_created ON artifacts (created_at);
  CREATE TABLE attempts (
    artifact_id TEXT NOT NULL REFERENCES artifacts (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    content TEXT NOT NULL,
    passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
    problems TEXT NOT NULL DEFAULT '[]',
    output TEXT NOT NULL DEFAULT '',
    duration_ms REAL NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (artifact_id, number)
  );
`;
