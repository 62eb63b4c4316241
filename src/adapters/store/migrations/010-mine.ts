/**
 * The person's own ideas for a goal, stored before any model idea is shown. The goal's text is kept
 * with them and goal_id is not a foreign key: they are saved before the goal is, and stay if the model
 * then fails.
 */
export const mine = `
  CREATE TABLE mine_ideas (
    id TEXT PRIMARY KEY,
    goal_id TEXT NOT NULL,
    goal_text TEXT NOT NULL,
    domain TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    needs TEXT NOT NULL DEFAULT '[]',
    reach REAL,
    novelty REAL,
    originality REAL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX mine_ideas_goal ON mine_ideas (goal_id, position);
  CREATE INDEX mine_ideas_created ON mine_ideas (created_at);
`;
