import type Database from 'better-sqlite3';
import type { Need } from '../../domain/idea.js';
import type { MineIdea } from '../../domain/mine.js';
import type { MineStore } from '../../domain/ports/mine-store.js';
import { translatesSqliteErrors } from './sqlite-errors.js';

interface MineRow {
  id: string;
  goal_id: string;
  goal_text: string;
  domain: string;
  position: number;
  text: string;
  needs: string;
  reach: number | null;
  novelty: number | null;
  originality: number | null;
  created_at: number;
}

const toIdea = (row: MineRow): MineIdea => ({
  id: row.id,
  goalId: row.goal_id,
  goalText: row.goal_text,
  domain: row.domain,
  position: row.position,
  text: row.text,
  needs: JSON.parse(row.needs) as Need[],
  reach: row.reach ?? undefined,
  novelty: row.novelty ?? undefined,
  originality: row.originality ?? undefined,
  createdAt: new Date(row.created_at),
});

/** The person's own ideas in SQLite; needs are a JSON array, as for the model's ideas. */
export class SqliteMineStore implements MineStore {
  constructor(private readonly db: Database.Database) {}

  insertMine(ideas: readonly MineIdea[]): void {
    const insert = this.db.prepare(
      `INSERT INTO mine_ideas (id, goal_id, goal_text, domain, position, text, needs, reach, novelty, originality, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      for (const idea of ideas) {
        insert.run(
          idea.id,
          idea.goalId,
          idea.goalText,
          idea.domain,
          idea.position,
          idea.text,
          JSON.stringify(idea.needs),
          idea.reach ?? null,
          idea.novelty ?? null,
          idea.originality ?? null,
          idea.createdAt.getTime(),
        );
      }
    })();
  }

  updateMineMeasures(ideas: readonly MineIdea[]): void {
    const update = this.db.prepare(
      'UPDATE mine_ideas SET needs = ?, reach = ?, novelty = ?, originality = ? WHERE id = ?',
    );
    this.db.transaction(() => {
      for (const idea of ideas) {
        update.run(
          JSON.stringify(idea.needs),
          idea.reach ?? null,
          idea.novelty ?? null,
          idea.originality ?? null,
          idea.id,
        );
      }
    })();
  }

  listMine(): MineIdea[] {
    const rows = this.db
      .prepare('SELECT * FROM mine_ideas ORDER BY created_at, goal_id, position')
      .all() as MineRow[];
    return rows.map(toIdea);
  }

  getMine(id: string): MineIdea | undefined {
    const row = this.db.prepare('SELECT * FROM mine_ideas WHERE id = ?').get(id) as MineRow | undefined;
    return row ? toIdea(row) : undefined;
  }

  mineForGoal(goalId: string): MineIdea[] {
    const rows = this.db
      .prepare('SELECT * FROM mine_ideas WHERE goal_id = ? ORDER BY position')
      .all(goalId) as MineRow[];
    return rows.map(toIdea);
  }
}

translatesSqliteErrors(SqliteMineStore);
