/** The person's own Divergent Association Task scores; lists scored for a study (`--file`) are not kept. */
export const dat = `
  CREATE TABLE dat_scores (
    id TEXT PRIMARY KEY,
    words TEXT NOT NULL,
    valid TEXT NOT NULL,
    score REAL NOT NULL,
    taken_at INTEGER NOT NULL
  );
  CREATE INDEX dat_scores_taken ON dat_scores (taken_at);
`;
