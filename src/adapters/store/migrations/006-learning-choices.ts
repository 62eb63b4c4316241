/**
 * What the person chose about learning: abilities they declined to learn (never offered again unless
 * named), and every change made to a card by hand (edit, suspend, unsuspend, delete) with the card as it
 * was and as it became, so that the history survives even a deleted card.
 */
export const learningChoices = `
  CREATE TABLE declined_abilities (
    ability_id TEXT PRIMARY KEY REFERENCES abilities (id) ON DELETE CASCADE,
    declined_at INTEGER NOT NULL
  );
  CREATE TABLE card_changes (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    card_id TEXT NOT NULL,
    change TEXT NOT NULL CHECK (change IN ('edit', 'suspend', 'unsuspend', 'delete')),
    before TEXT NOT NULL,
    after TEXT,
    changed_at INTEGER NOT NULL
  );
  CREATE INDEX card_changes_card ON card_changes (card_id, seq);
`;
