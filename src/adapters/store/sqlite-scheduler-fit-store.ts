import type Database from 'better-sqlite3';
import type { SchedulerFitStore } from '../../domain/ports/scheduler-fit-store.js';
import type { RetentionReport } from '../../domain/practice/review-history.js';
import type { FitScope, SchedulerFit } from '../../domain/practice/scheduler-fit.js';
import { translatesSqliteErrors } from './sqlite-errors.js';
import { Statements } from './statements.js';

interface FitRow {
  id: string;
  fitted_at: number;
  review_count: number;
  item_count: number;
  scope: string;
  parameters: string;
  defaults_report: string;
  fitted_report: string;
}

// JSON has no NaN: a report with nothing to judge is stored with nulls and read back as NaN.
const reportJson = (report: RetentionReport) => JSON.stringify(report);
const toReport = (text: string): RetentionReport => {
  const raw = JSON.parse(text) as Record<keyof RetentionReport, number | null>;
  const value = (n: number | null) => (n === null ? Number.NaN : n);
  return {
    reviews: value(raw.reviews),
    predicted: value(raw.predicted),
    observed: value(raw.observed),
    logLoss: value(raw.logLoss),
  };
};

// The table's CHECK constraint guarantees the scope cast here.
const toFit = (row: FitRow): SchedulerFit => ({
  id: row.id,
  fittedAt: new Date(row.fitted_at),
  reviewCount: row.review_count,
  itemCount: row.item_count,
  scope: row.scope as FitScope,
  parameters: JSON.parse(row.parameters) as number[],
  defaults: toReport(row.defaults_report),
  fitted: toReport(row.fitted_report),
});

/** The scheduler's fits in SQLite, in the order they were made. */
export class SqliteSchedulerFitStore implements SchedulerFitStore {
  readonly #statements: Statements;

  constructor(db: Database.Database) {
    this.#statements = new Statements(db);
  }

  insertFit(fit: SchedulerFit): void {
    this.#statements
      .get(
        `INSERT INTO scheduler_fits (id, fitted_at, review_count, item_count, scope, parameters,
         defaults_report, fitted_report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        fit.id,
        fit.fittedAt.getTime(),
        fit.reviewCount,
        fit.itemCount,
        fit.scope,
        JSON.stringify(fit.parameters),
        reportJson(fit.defaults),
        reportJson(fit.fitted),
      );
  }

  latestFit(): SchedulerFit | undefined {
    const row = this.#statements.get('SELECT * FROM scheduler_fits ORDER BY seq DESC LIMIT 1').get();
    return row ? toFit(row as FitRow) : undefined;
  }

  listFits(): SchedulerFit[] {
    return (this.#statements.get('SELECT * FROM scheduler_fits ORDER BY seq').all() as FitRow[]).map(toFit);
  }
}

translatesSqliteErrors(SqliteSchedulerFitStore);
