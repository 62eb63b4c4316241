/**
 * The person's own Alternative Uses Task answers, each use with its originality (JSON); responses
 * scored for a study (`chops aut --file`) are not kept.
 */
export const aut = `
  CREATE TABLE aut_scores (
    id TEXT PRIMARY KEY,
    object TEXT NOT NULL,
    uses TEXT NOT NULL,
    fluency INTEGER NOT NULL,
    originality REAL NOT NULL,
    best_originality REAL NOT NULL,
    flexibility INTEGER,
    seconds INTEGER,
    taken_at INTEGER NOT NULL
  );
  CREATE INDEX aut_scores_taken ON aut_scores (taken_at);
`;
