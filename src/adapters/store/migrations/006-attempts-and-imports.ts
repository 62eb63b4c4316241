/**
 * Repairs and marks left by earlier versions, found by the hostile run (issue 16):
 * - an artifact with no attempt is what a stop during the first check left before artifacts were
 *   stored with their first attempt; nothing refers to it usefully (learning needs an attempt), so it
 *   goes, unless a trick names it;
 * - a review carries the card's earlier memory so that undo can restore it; for a review that came
 *   from an import that memory was written by another install and cannot be trusted, so such reviews
 *   are marked and undo refuses them. Reviews imported before this step cannot be told apart; they
 *   stay undoable as they were.
 */
export const attemptsAndImports = `
  DELETE FROM artifacts
  WHERE NOT EXISTS (SELECT 1 FROM attempts WHERE attempts.artifact_id = artifacts.id)
    AND NOT EXISTS (SELECT 1 FROM tricks WHERE tricks.artifact_id = artifacts.id);
  ALTER TABLE reviews ADD COLUMN imported INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1));
`;
