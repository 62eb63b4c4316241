/** Each embedder's calibration (similarity thresholds and centre), by its model tag. */
export const calibrations = `
  CREATE TABLE calibrations (
    model TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    calibration TEXT NOT NULL
  ) WITHOUT ROWID;
`;
