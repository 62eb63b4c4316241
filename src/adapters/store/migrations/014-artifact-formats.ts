/**
 * Artifacts without the list of formats that step 3 wrote into a CHECK: the format registry
 * (src/adapters/formats/registry.ts) is the one list, and the artifact store refuses a format it does
 * not name. Kept, adding a format would have meant a migration each time, and the list would have
 * lived in two places. SQLite cannot drop a CHECK in place, so the table is rebuilt as its docs say
 * ("Making Other Kinds Of Table Schema Changes"): a new table, every row copied, the old one dropped,
 * the new one renamed, its indexes made again. The runner does this with foreign keys off (dropping
 * the old table would otherwise delete every attempt and unlink every trick) and checks them after.
 */
export const artifactFormats = `
  CREATE TABLE artifacts_rebuilt (
    id TEXT PRIMARY KEY,
    idea_id TEXT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    title TEXT NOT NULL,
    passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
    abilities TEXT NOT NULL DEFAULT '[]',
    model TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    data_files TEXT NOT NULL DEFAULT '[]'
  );
  INSERT INTO artifacts_rebuilt (id, idea_id, format, title, passed, abilities, model, created_at, data_files)
    SELECT id, idea_id, format, title, passed, abilities, model, created_at, data_files FROM artifacts;
  DROP TABLE artifacts;
  ALTER TABLE artifacts_rebuilt RENAME TO artifacts;
  CREATE INDEX artifacts_idea ON artifacts (idea_id);
  CREATE INDEX artifacts_created ON artifacts (created_at);
`;
