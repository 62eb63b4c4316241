import type Database from 'better-sqlite3';
import type { LearningChoiceStore } from '../../domain/ports/learning-choice-store.js';
import type { CardChange, CardChangeKind } from '../../domain/practice/card-change.js';
import { translatesSqliteErrors } from './sqlite-errors.js';
import { Statements } from './statements.js';

interface ChangeRow {
  id: string;
  card_id: string;
  change: string;
  before: string;
  after: string | null;
  changed_at: number;
}

/** Declined abilities and hand-made card changes in SQLite, beside the practice tables. */
export class SqliteLearningChoiceStore implements LearningChoiceStore {
  readonly #statements: Statements;

  constructor(db: Database.Database) {
    this.#statements = new Statements(db);
  }

  declinedAbilityIds(): Set<string> {
    const rows = this.#statements.get('SELECT ability_id FROM declined_abilities').all() as {
      ability_id: string;
    }[];
    return new Set(rows.map((row) => row.ability_id));
  }

  declineAbilities(abilityIds: readonly string[], at: Date): void {
    const insert = this.#statements.get(
      'INSERT INTO declined_abilities (ability_id, declined_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
    );
    for (const id of abilityIds) insert.run(id, at.getTime());
  }

  undeclineAbilities(abilityIds: readonly string[]): void {
    const remove = this.#statements.get('DELETE FROM declined_abilities WHERE ability_id = ?');
    for (const id of abilityIds) remove.run(id);
  }

  updateCardText(card: { id: string; prompt: string; answer: string; check?: string | undefined }): void {
    this.#statements
      .get('UPDATE cards SET prompt = ?, answer = ?, check_text = ? WHERE id = ?')
      .run(card.prompt, card.answer, card.check ?? null, card.id);
  }

  deleteCard(cardId: string): void {
    // Reviews go with their card (ON DELETE CASCADE); the changes table keeps the card's history.
    this.#statements.get('DELETE FROM cards WHERE id = ?').run(cardId);
  }

  insertCardChange(change: CardChange): void {
    this.#statements
      .get(
        'INSERT INTO card_changes (id, card_id, change, before, after, changed_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        change.id,
        change.cardId,
        change.change,
        JSON.stringify(change.before),
        change.after ? JSON.stringify(change.after) : null,
        change.changedAt.getTime(),
      );
  }

  listCardChanges(cardId: string): CardChange[] {
    const rows = this.#statements
      .get('SELECT * FROM card_changes WHERE card_id = ? ORDER BY seq')
      .all(cardId) as ChangeRow[];
    return rows.map((row) => ({
      id: row.id,
      cardId: row.card_id,
      change: row.change as CardChangeKind,
      before: JSON.parse(row.before) as CardChange['before'],
      ...(row.after ? { after: JSON.parse(row.after) as CardChange['before'] } : {}),
      changedAt: new Date(row.changed_at),
    }));
  }
}

translatesSqliteErrors(SqliteLearningChoiceStore);
