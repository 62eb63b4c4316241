import type Database from 'better-sqlite3';
import type { Goal, Idea, IdeaSet, Need, ShownGoal } from '../../domain/idea.js';
import type { IdeaStore } from '../../domain/ports/idea-store.js';
import { translatesSqliteErrors } from './sqlite-errors.js';
import { Statements } from './statements.js';

interface GoalRow {
  id: string;
  text: string;
  domain: string;
  model: string;
  solo_spread: number | null;
  reach_spread: number | null;
  gain: number | null;
  notes: string;
  created_at: number;
}

interface IdeaRow {
  id: string;
  goal_id: string;
  idea_set: IdeaSet;
  position: number;
  title: string;
  pitch: string;
  lens: string;
  needs: string;
  reach: number;
  novelty: number;
  created_at: number;
}

const toGoal = (row: GoalRow): Goal => ({
  id: row.id,
  text: row.text,
  domain: row.domain,
  model: row.model,
  soloSpread: row.solo_spread ?? undefined,
  reachSpread: row.reach_spread ?? undefined,
  gain: row.gain ?? undefined,
  notes: JSON.parse(row.notes) as string[],
  createdAt: new Date(row.created_at),
});

const toIdea = (row: IdeaRow): Idea => ({
  id: row.id,
  goalId: row.goal_id,
  set: row.idea_set,
  title: row.title,
  pitch: row.pitch,
  lens: row.lens,
  needs: JSON.parse(row.needs) as Need[],
  reach: row.reach,
  novelty: row.novelty,
  createdAt: new Date(row.created_at),
});

/** Goals and ideas in SQLite; an idea's needs are one JSON column, read and written whole. */
export class SqliteIdeaStore implements IdeaStore {
  readonly #sql: Statements;

  constructor(db: Database.Database) {
    this.#sql = new Statements(db);
  }

  insertGoal(goal: Goal): void {
    this.#sql
      .get(
        `INSERT INTO goals (id, text, domain, model, solo_spread, reach_spread, gain, notes, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        goal.id,
        goal.text,
        goal.domain,
        goal.model,
        goal.soloSpread ?? null,
        goal.reachSpread ?? null,
        goal.gain ?? null,
        JSON.stringify(goal.notes),
        goal.createdAt.getTime(),
      );
  }

  insertIdeas(ideas: readonly Idea[]): void {
    const insert = this.#sql.get(
      `INSERT INTO ideas (id, goal_id, idea_set, position, title, pitch, lens, needs, reach, novelty, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // A goal imagined again gets its new ideas after the ones it has.
    const next = this.#sql.get('SELECT COALESCE(MAX(position) + 1, 0) AS next FROM ideas WHERE goal_id = ?');
    const offsets = new Map<string, number>();
    ideas.forEach((idea, index) => {
      if (!offsets.has(idea.goalId))
        offsets.set(idea.goalId, (next.get(idea.goalId) as { next: number }).next - index);
      insert.run(
        idea.id,
        idea.goalId,
        idea.set,
        offsets.get(idea.goalId)! + index,
        idea.title,
        idea.pitch,
        idea.lens,
        JSON.stringify(idea.needs),
        idea.reach,
        idea.novelty,
        idea.createdAt.getTime(),
      );
    });
  }

  getGoal(id: string): Goal | undefined {
    const row = this.#sql.get('SELECT * FROM goals WHERE id = ?').get(id) as GoalRow | undefined;
    return row && toGoal(row);
  }

  findGoal(text: string, domain: string): Goal | undefined {
    const row = this.#sql
      .get(
        'SELECT * FROM goals WHERE text = ? COLLATE NOCASE AND domain = ? COLLATE NOCASE ORDER BY created_at, id LIMIT 1',
      )
      .get(text, domain) as GoalRow | undefined;
    return row && toGoal(row);
  }

  updateGoal(goal: Goal): void {
    this.#sql
      .get('UPDATE goals SET model = ?, solo_spread = ?, reach_spread = ?, gain = ?, notes = ? WHERE id = ?')
      .run(
        goal.model,
        goal.soloSpread ?? null,
        goal.reachSpread ?? null,
        goal.gain ?? null,
        JSON.stringify(goal.notes),
        goal.id,
      );
  }

  listGoals(): Goal[] {
    return (this.#sql.get('SELECT * FROM goals ORDER BY created_at, id').all() as GoalRow[]).map(toGoal);
  }

  getIdea(id: string): Idea | undefined {
    const row = this.#sql.get('SELECT * FROM ideas WHERE id = ?').get(id) as IdeaRow | undefined;
    return row && toIdea(row);
  }

  listIdeas(filter: { goalId?: string | undefined } = {}): Idea[] {
    const rows = filter.goalId
      ? this.#sql.get('SELECT * FROM ideas WHERE goal_id = ? ORDER BY idea_set, position').all(filter.goalId)
      : this.#sql.get('SELECT * FROM ideas ORDER BY created_at DESC, goal_id, idea_set, position').all();
    return (rows as IdeaRow[]).map(toIdea);
  }

  ideaIds(): string[] {
    return this.#sql.get('SELECT id FROM ideas').pluck().all() as string[];
  }

  updateIdeas(ideas: readonly Pick<Idea, 'id' | 'set' | 'needs' | 'reach'>[]): void {
    const update = this.#sql.get('UPDATE ideas SET idea_set = ?, needs = ?, reach = ? WHERE id = ?');
    for (const idea of ideas) update.run(idea.set, JSON.stringify(idea.needs), idea.reach, idea.id);
  }

  addGoalHistory(entry: ShownGoal): void {
    const { goalId, until, ...shown } = entry;
    this.#sql
      .get('INSERT INTO goal_history (goal_id, at, shown) VALUES (?, ?, ?)')
      .run(goalId, until.getTime(), JSON.stringify(shown));
  }

  listGoalHistory(goalId: string): ShownGoal[] {
    const rows = this.#sql
      .get('SELECT at, shown FROM goal_history WHERE goal_id = ? ORDER BY at, id')
      .all(goalId) as { at: number; shown: string }[];
    return rows.map((row) => {
      const shown = JSON.parse(row.shown) as Omit<ShownGoal, 'goalId' | 'until'> & {
        soloSpread?: number | null;
        reachSpread?: number | null;
        gain?: number | null;
      };
      return {
        goalId,
        until: new Date(row.at),
        soloSpread: shown.soloSpread ?? undefined,
        reachSpread: shown.reachSpread ?? undefined,
        gain: shown.gain ?? undefined,
        ideas: shown.ideas,
      };
    });
  }
}

translatesSqliteErrors(SqliteIdeaStore);
