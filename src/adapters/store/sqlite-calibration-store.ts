import type Database from 'better-sqlite3';
import type { CalibrationStore } from '../../domain/ports/calibration-store.js';
import type { Calibration } from '../../domain/similarity/calibration.js';
import { translatesSqliteErrors } from './sqlite-errors.js';
import { Statements } from './statements.js';

/** Calibrations as JSON by model tag; one that does not parse as a calibration is treated as absent. */
export class SqliteCalibrationStore implements CalibrationStore {
  readonly #sql: Statements;

  constructor(db: Database.Database) {
    this.#sql = new Statements(db);
  }

  getCalibration(model: string): Calibration | undefined {
    const row = this.#sql.get('SELECT calibration FROM calibrations WHERE model = ?').get(model) as
      | { calibration: string }
      | undefined;
    if (!row) return undefined;
    try {
      const parsed = JSON.parse(row.calibration) as Calibration;
      return parsed.model === model && Array.isArray(parsed.centre) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }

  putCalibration(calibration: Calibration): void {
    this.#sql
      .get(
        `INSERT INTO calibrations (model, version, calibration) VALUES (?, ?, ?)
         ON CONFLICT (model) DO UPDATE SET version = excluded.version, calibration = excluded.calibration`,
      )
      .run(calibration.model, calibration.version, JSON.stringify(calibration));
  }
}

translatesSqliteErrors(SqliteCalibrationStore);
