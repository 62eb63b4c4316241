/**
 * Recognition: every name an ability has been known by (aliases), the abilities the person said "not
 * yet" to (so chops does not ask again), and what a goal showed before its ideas were re-mapped.
 */
export const recognition = `
  CREATE TABLE ability_aliases (
    ability_id TEXT NOT NULL REFERENCES abilities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('merged', 'confirmed', 'matched')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (ability_id, key)
  );
  CREATE INDEX ability_aliases_key ON ability_aliases (key);
  CREATE TABLE not_yet (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  CREATE TABLE goal_history (
    id INTEGER PRIMARY KEY,
    goal_id TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    shown TEXT NOT NULL
  );
  CREATE INDEX goal_history_goal ON goal_history (goal_id, at);
`;
