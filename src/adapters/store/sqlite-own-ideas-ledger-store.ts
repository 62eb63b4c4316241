import type Database from 'better-sqlite3';
import type { OwnIdeaRow } from '../../domain/ledger/own-ideas.js';
import type { LedgerRange } from '../../domain/ports/ledger-store.js';
import type { OwnIdeasLedgerStore } from '../../domain/ports/own-ideas-ledger-store.js';
import { translatesSqliteErrors } from './sqlite-errors.js';
import { Statements } from './statements.js';

interface MineRow {
  id: string;
  goal_id: string;
  text: string;
  created_at: number;
  originality: number | null;
  needs: string;
}

const toVector = (blob: Buffer) =>
  new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));

/** The own-ideas ledger's reads in SQL; a person's own ideas are few, so they are read row by row. */
export class SqliteOwnIdeasLedgerStore implements OwnIdeasLedgerStore {
  readonly #sql: Statements;

  constructor(db: Database.Database) {
    this.#sql = new Statements(db);
  }

  ownIdeas(range: LedgerRange): OwnIdeaRow[] {
    const rows = this.#sql
      .get(
        `SELECT id, goal_id, text, created_at, originality, needs FROM mine_ideas
         WHERE created_at >= @since ORDER BY created_at, goal_id, position`,
      )
      .all(range) as MineRow[];
    const ownVector = this.#sql.get(
      `SELECT model, vector FROM vectors WHERE owner_kind = 'mine' AND owner_id = ?`,
    );
    const modelVectors = this.#sql.get(
      `SELECT v.vector FROM ideas i JOIN vectors v ON v.owner_kind = 'idea' AND v.owner_id = i.id AND v.model = ?
       WHERE i.goal_id = ?`,
    );
    return rows.map((row) => {
      const own = ownVector.get(row.id) as { model: string; vector: Buffer } | undefined;
      const others = own ? (modelVectors.all(own.model, row.goal_id) as { vector: Buffer }[]) : [];
      const needs = JSON.parse(row.needs) as { abilityId?: string }[];
      return {
        id: row.id,
        goalId: row.goal_id,
        text: row.text,
        createdAt: row.created_at,
        originality: row.originality,
        abilityIds: needs.flatMap((need) => (need.abilityId ? [need.abilityId] : [])),
        vector: own ? toVector(own.vector) : undefined,
        modelVectors: others.map((other) => toVector(other.vector)),
      };
    });
  }

  lentInArtifacts(): { abilityId: string; at: number }[] {
    return this.#sql
      .get(
        `SELECT json_extract(j.value, '$.abilityId') AS abilityId, min(a.created_at) AS at
         FROM artifacts a, json_each(a.abilities) j
         WHERE json_extract(j.value, '$.status') = 'lent' AND json_extract(j.value, '$.abilityId') IS NOT NULL
         GROUP BY abilityId`,
      )
      .all() as { abilityId: string; at: number }[];
  }

  firstReviews(): { abilityId: string; at: number }[] {
    return this.#sql
      .get('SELECT ability_id AS abilityId, min(reviewed_at) AS at FROM reviews GROUP BY ability_id')
      .all() as { abilityId: string; at: number }[];
  }

  autScores(range: LedgerRange) {
    return this.#sql
      .get(
        `SELECT id, object, fluency, originality, flexibility, taken_at AS takenAt FROM aut_scores
         WHERE taken_at >= @since ORDER BY taken_at, rowid`,
      )
      .all(range) as ReturnType<OwnIdeasLedgerStore['autScores']>;
  }
}

translatesSqliteErrors(SqliteOwnIdeasLedgerStore);
