/** The person's data files an artifact was made with (`make --data`): a JSON list of file records. */
export const artifactDataFiles = `
  ALTER TABLE artifacts ADD COLUMN data_files TEXT NOT NULL DEFAULT '[]';
`;
