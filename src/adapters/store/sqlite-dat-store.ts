import type Database from 'better-sqlite3';
import type { DatRecord } from '../../domain/dat.js';
import type { DatStore } from '../../domain/ports/dat-store.js';
import { translatesSqliteErrors } from './sqlite-errors.js';

interface DatRow {
  id: string;
  words: string;
  valid: string;
  score: number;
  taken_at: number;
}

const toRecord = (row: DatRow): DatRecord => ({
  id: row.id,
  words: JSON.parse(row.words) as string[],
  valid: JSON.parse(row.valid) as string[],
  score: row.score,
  takenAt: new Date(row.taken_at),
});

/** DAT scores in SQLite; the entries and the scored words are JSON arrays. */
export class SqliteDatStore implements DatStore {
  constructor(private readonly db: Database.Database) {}

  insertDatScore(record: DatRecord): void {
    this.db
      .prepare('INSERT INTO dat_scores (id, words, valid, score, taken_at) VALUES (?, ?, ?, ?, ?)')
      .run(
        record.id,
        JSON.stringify(record.words),
        JSON.stringify(record.valid),
        record.score,
        record.takenAt.getTime(),
      );
  }

  listDatScores(): DatRecord[] {
    const rows = this.db.prepare('SELECT * FROM dat_scores ORDER BY taken_at, rowid').all() as DatRow[];
    return rows.map(toRecord);
  }
}

translatesSqliteErrors(SqliteDatStore);
