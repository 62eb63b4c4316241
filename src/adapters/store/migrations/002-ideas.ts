/** Goals and the ideas imagined for them, with their needs as mapped onto the repertoire. */
export const ideas = `
  CREATE TABLE goals (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    domain TEXT NOT NULL,
    model TEXT NOT NULL,
    solo_spread REAL,
    reach_spread REAL,
    gain REAL,
    notes TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL
  );
  CREATE INDEX goals_created ON goals (created_at);
  CREATE TABLE ideas (
    id TEXT PRIMARY KEY,
    goal_id TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    idea_set TEXT NOT NULL CHECK (idea_set IN ('solo', 'reach')),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    pitch TEXT NOT NULL,
    lens TEXT NOT NULL,
    needs TEXT NOT NULL,
    reach REAL NOT NULL,
    novelty REAL NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX ideas_goal ON ideas (goal_id, idea_set, position);
  CREATE INDEX ideas_created ON ideas (created_at);
`;
