/**
 * The scheduler fitted to the person (one row per fit, the newest schedules), and two card columns:
 * the check a checked apply card carries (JSON) and the key-and-tempo cell of a drill card (JSON).
 */
export const practiceFits = `
  CREATE TABLE scheduler_fits (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    fitted_at INTEGER NOT NULL,
    review_count INTEGER NOT NULL,
    item_count INTEGER NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('defaults', 'initial-stability', 'full')),
    parameters TEXT NOT NULL,
    defaults_report TEXT NOT NULL,
    fitted_report TEXT NOT NULL
  );
  ALTER TABLE cards ADD COLUMN card_check TEXT;
  ALTER TABLE cards ADD COLUMN drill TEXT;
`;
