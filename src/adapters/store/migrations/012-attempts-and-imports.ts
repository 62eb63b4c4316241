/**
 * Repairs and marks left by earlier versions, found by the hostile run (issue 16):
 * - an artifact with no attempt is what a stop during the first check left before artifacts were
 *   stored with their first attempt; nothing refers to it usefully (learning needs an attempt), so it
 *   goes, unless a trick names it;
 * - a review carries the card's earlier memory so that undo can restore it; for a review that came
 *   from an import that memory was written by another install and cannot be trusted, so such reviews
 *   are marked and undo refuses them. Reviews imported before this step cannot be told apart; they
 *   stay undoable as they were;
 * - a card an earlier import gave a memory FSRS cannot schedule (stability -5 or 1e308, difficulty
 *   -100) failed on every review, for good; it starts afresh as a new card. (The bounds are those of
 *   domain/practice/memory-bounds.ts as this step was written.)
 */
export const attemptsAndImports = `
  DELETE FROM artifacts
  WHERE NOT EXISTS (SELECT 1 FROM attempts WHERE attempts.artifact_id = artifacts.id)
    AND NOT EXISTS (SELECT 1 FROM tricks WHERE tricks.artifact_id = artifacts.id);
  ALTER TABLE reviews ADD COLUMN imported INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1));
  UPDATE cards SET state = 'new', stability = 0, difficulty = 0, elapsed_days = 0, scheduled_days = 0,
    learning_steps = 0, reps = 0, lapses = 0
  WHERE NOT (state = 'new' AND stability = 0 AND difficulty = 0)
    AND NOT (stability BETWEEN 0.001 AND 36500 AND difficulty BETWEEN 1 AND 10
      AND elapsed_days BETWEEN 0 AND 36500 AND scheduled_days BETWEEN 0 AND 36500
      AND learning_steps BETWEEN 0 AND 100 AND reps BETWEEN 0 AND 100000 AND lapses BETWEEN 0 AND reps);
`;
