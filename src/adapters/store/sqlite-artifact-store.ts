import type Database from 'better-sqlite3';
import type { ArtifactFormat } from '../../domain/artifact.js';
import type { Artifact, ArtifactOutcome, Attempt, UsedAbility } from '../../domain/artifact-record.js';
import type { DataFileRecord } from '../../domain/data-file.js';
import { UserInputError } from '../../domain/errors/index.js';
import type { ArtifactStore } from '../../domain/ports/artifact-store.js';
import { formatNames } from '../formats/registry.js';
import { translatesSqliteErrors } from './sqlite-errors.js';
import { Statements } from './statements.js';

interface ArtifactRow {
  id: string;
  idea_id: string;
  format: ArtifactFormat;
  title: string;
  passed: 0 | 1;
  abilities: string;
  model: string;
  created_at: number;
  data_files: string;
}

interface AttemptRow {
  artifact_id: string;
  number: number;
  content: string;
  passed: 0 | 1;
  problems: string;
  output: string;
  duration_ms: number;
  created_at: number;
}

const toArtifact = (row: ArtifactRow): Artifact => ({
  id: row.id,
  ideaId: row.idea_id,
  format: row.format,
  title: row.title,
  passed: row.passed === 1,
  abilities: JSON.parse(row.abilities) as UsedAbility[],
  model: row.model,
  createdAt: new Date(row.created_at),
  ...(row.data_files && row.data_files !== '[]'
    ? { dataFiles: JSON.parse(row.data_files) as DataFileRecord[] }
    : {}),
});

const toAttempt = (row: AttemptRow): Attempt => ({
  artifactId: row.artifact_id,
  number: row.number,
  content: row.content,
  check: {
    passed: row.passed === 1,
    problems: JSON.parse(row.problems) as string[],
    ...(row.output ? { output: row.output } : {}),
    durationMs: row.duration_ms,
  },
  createdAt: new Date(row.created_at),
});

/** Artifacts and attempts in SQLite. */
export class SqliteArtifactStore implements ArtifactStore {
  readonly #sql: Statements;
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#sql = new Statements(db);
  }

  insertArtifact(artifact: Artifact, attempts: readonly Attempt[] = []): void {
    this.#db.transaction(() => {
      this.#insertArtifact(artifact);
      for (const attempt of attempts) this.#insertAttempt(attempt);
    })();
  }

  addAttempt(attempt: Attempt, outcome?: ArtifactOutcome): void {
    this.#db.transaction(() => {
      this.#insertAttempt(attempt);
      if (outcome)
        this.#sql
          .get('UPDATE artifacts SET passed = ?, abilities = ? WHERE id = ?')
          .run(outcome.passed ? 1 : 0, JSON.stringify(outcome.abilities), attempt.artifactId);
    })();
  }

  #insertArtifact(artifact: Artifact): void {
    // The format registry, not the schema, says which formats there are (migration 014 dropped the
    // CHECK that repeated the list), so that adding a format needs no migration.
    if (!(formatNames as readonly string[]).includes(artifact.format))
      throw new UserInputError(
        `artifact ${artifact.id} has the format "${artifact.format}", which this chops does not know (it knows ${formatNames.join(', ')})`,
      );
    this.#sql
      .get(
        `INSERT INTO artifacts (id, idea_id, format, title, passed, abilities, model, created_at, data_files)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        artifact.id,
        artifact.ideaId,
        artifact.format,
        artifact.title,
        artifact.passed ? 1 : 0,
        JSON.stringify(artifact.abilities),
        artifact.model,
        artifact.createdAt.getTime(),
        JSON.stringify(artifact.dataFiles ?? []),
      );
  }

  #insertAttempt(attempt: Attempt): void {
    this.#sql
      .get(
        `INSERT INTO attempts (artifact_id, number, content, passed, problems, output, duration_ms, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        attempt.artifactId,
        attempt.number,
        attempt.content,
        attempt.check.passed ? 1 : 0,
        JSON.stringify(attempt.check.problems),
        attempt.check.output ?? '',
        attempt.check.durationMs,
        attempt.createdAt.getTime(),
      );
  }

  getArtifact(id: string): Artifact | undefined {
    const row = this.#sql.get('SELECT * FROM artifacts WHERE id = ?').get(id) as ArtifactRow | undefined;
    return row && toArtifact(row);
  }

  listArtifacts(filter: { ideaId?: string | undefined } = {}): Artifact[] {
    const rows = this.#sql
      .get('SELECT * FROM artifacts WHERE (? IS NULL OR idea_id = ?) ORDER BY created_at DESC, id')
      .all(filter.ideaId ?? null, filter.ideaId ?? null) as ArtifactRow[];
    return rows.map(toArtifact);
  }

  listAttempts(artifactId: string): Attempt[] {
    const rows = this.#sql
      .get('SELECT * FROM attempts WHERE artifact_id = ? ORDER BY number')
      .all(artifactId) as AttemptRow[];
    return rows.map(toAttempt);
  }
}

translatesSqliteErrors(SqliteArtifactStore);
