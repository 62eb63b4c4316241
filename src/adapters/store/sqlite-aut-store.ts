import type Database from 'better-sqlite3';
import type { AutRecord, AutUse } from '../../domain/aut.js';
import type { AutStore } from '../../domain/ports/aut-store.js';
import { translatesSqliteErrors } from './sqlite-errors.js';

interface AutRow {
  id: string;
  object: string;
  uses: string;
  fluency: number;
  originality: number;
  best_originality: number;
  flexibility: number | null;
  seconds: number | null;
  taken_at: number;
}

const toRecord = (row: AutRow): AutRecord => ({
  id: row.id,
  object: row.object,
  uses: JSON.parse(row.uses) as AutUse[],
  fluency: row.fluency,
  originality: row.originality,
  bestOriginality: row.best_originality,
  flexibility: row.flexibility ?? undefined,
  seconds: row.seconds ?? undefined,
  takenAt: new Date(row.taken_at),
});

/** AUT answers in SQLite; the uses with their originality are one JSON array. */
export class SqliteAutStore implements AutStore {
  constructor(private readonly db: Database.Database) {}

  insertAutScore(record: AutRecord): void {
    this.db
      .prepare(
        `INSERT INTO aut_scores (id, object, uses, fluency, originality, best_originality, flexibility, seconds, taken_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        record.id,
        record.object,
        JSON.stringify(record.uses),
        record.fluency,
        record.originality,
        record.bestOriginality,
        record.flexibility ?? null,
        record.seconds ?? null,
        record.takenAt.getTime(),
      );
  }

  listAutScores(): AutRecord[] {
    const rows = this.db.prepare('SELECT * FROM aut_scores ORDER BY taken_at, rowid').all() as AutRow[];
    return rows.map(toRecord);
  }
}

translatesSqliteErrors(SqliteAutStore);
