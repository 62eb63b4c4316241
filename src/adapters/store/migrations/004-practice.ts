/**
 * Tricks learned from artifacts, their practice cards with FSRS memory as columns (the due queue and
 * mastery read them), and every review with its log and the memory before it, for undo.
 */
export const practice = `
  CREATE TABLE tricks (
    id TEXT PRIMARY KEY,
    ability_id TEXT NOT NULL REFERENCES abilities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    explanation TEXT NOT NULL,
    example TEXT NOT NULL,
    format TEXT NOT NULL,
    artifact_id TEXT REFERENCES artifacts (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (ability_id, key)
  );
  CREATE INDEX tricks_artifact ON tricks (artifact_id);
  CREATE TABLE cards (
    id TEXT PRIMARY KEY,
    trick_id TEXT NOT NULL REFERENCES tricks (id) ON DELETE CASCADE,
    ability_id TEXT NOT NULL REFERENCES abilities (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('recall', 'apply')),
    prompt TEXT NOT NULL,
    answer TEXT NOT NULL,
    check_text TEXT,
    due INTEGER NOT NULL,
    stability REAL NOT NULL,
    difficulty REAL NOT NULL,
    elapsed_days REAL NOT NULL,
    scheduled_days REAL NOT NULL,
    learning_steps INTEGER NOT NULL,
    reps INTEGER NOT NULL,
    lapses INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('new', 'learning', 'review', 'relearning')),
    last_review INTEGER,
    suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
    created_at INTEGER NOT NULL
  );
  CREATE INDEX cards_due ON cards (suspended, due, ability_id);
  CREATE INDEX cards_ability ON cards (ability_id, suspended, due);
  CREATE INDEX cards_trick ON cards (trick_id);
  CREATE TABLE reviews (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    card_id TEXT NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    ability_id TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('again', 'hard', 'good', 'easy')),
    answer TEXT NOT NULL DEFAULT '',
    reviewed_at INTEGER NOT NULL,
    log TEXT NOT NULL,
    before TEXT NOT NULL,
    promoted_from TEXT
  );
  CREATE INDEX reviews_card ON reviews (card_id, seq);
  CREATE INDEX reviews_at ON reviews (reviewed_at, rating);
`;
