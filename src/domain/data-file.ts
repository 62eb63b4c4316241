/** One value of a data file's cell, typed: numbers and true/false as such, an empty cell as null. */
export type DataValue = string | number | boolean | null;

/** A row of a data file: column name → value. */
export type DataRow = Record<string, DataValue>;

/** A column as the model is told of it. */
export interface DataColumn {
  name: string;
  type: 'number' | 'boolean' | 'text' | 'empty' | 'mixed';
}

/** What an artifact records of a data file it was made with: enough to know which file, which version. */
export interface DataFileRecord {
  /** The file's name, by which the artifact refers to it (`data["plate.csv"]`). */
  name: string;
  /** Where it was read from, as given. */
  path: string;
  format: 'csv' | 'tsv' | 'json';
  bytes: number;
  rows: number;
  columns: number;
  /** SHA-256 of the bytes read, so a later change to the file can be told. */
  sha256: string;
}

/** A person's data file, read and typed, for `make --data`. */
export interface DataFile extends DataFileRecord {
  columnTypes: DataColumn[];
  values: DataRow[];
}

/** The data an artifact gets: the rows of one file, or an object of each file's rows by name. */
export function artifactData(files: readonly DataFile[]): unknown {
  if (files.length === 1) return files[0]!.values;
  return Object.fromEntries(files.map((file) => [file.name, file.values]));
}
