import type Database from 'better-sqlite3';
import type { AbilityStatus } from '../../domain/ability.js';
import type { DueCard, DueFilter, PracticeStore } from '../../domain/ports/practice-store.js';
import type { Card, CardKind } from '../../domain/practice/card.js';
import type { CardCheck } from '../../domain/practice/card-check.js';
import type { DrillCell } from '../../domain/practice/drill-cell.js';
import { type MemoryState, reviveLog, reviveMemory } from '../../domain/practice/memory.js';
import type { Rating } from '../../domain/practice/rating.js';
import type { Review } from '../../domain/practice/review.js';
import type { Trick } from '../../domain/practice/trick.js';
import { translatesSqliteErrors } from './sqlite-errors.js';
import { Statements } from './statements.js';

interface TrickRow {
  id: string;
  ability_id: string;
  name: string;
  key: string;
  explanation: string;
  example: string;
  format: string;
  artifact_id: string | null;
  created_at: number;
}

interface CardRow {
  id: string;
  trick_id: string;
  ability_id: string;
  kind: string;
  prompt: string;
  answer: string;
  check_text: string | null;
  card_check: string | null;
  drill: string | null;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: string;
  last_review: number | null;
  suspended: number;
  created_at: number;
}

interface ReviewRow {
  id: string;
  card_id: string;
  ability_id: string;
  rating: string;
  answer: string;
  reviewed_at: number;
  log: string;
  before: string;
  promoted_from: string | null;
  imported: 0 | 1;
}

const toTrick = (row: TrickRow): Trick => ({
  id: row.id,
  abilityId: row.ability_id,
  name: row.name,
  key: row.key,
  explanation: row.explanation,
  example: row.example,
  format: row.format,
  ...(row.artifact_id !== null ? { artifactId: row.artifact_id } : {}),
  createdAt: new Date(row.created_at),
});

// The table's CHECK constraints guarantee the enumerated values cast here.
const toCard = (row: CardRow): Card => ({
  id: row.id,
  trickId: row.trick_id,
  abilityId: row.ability_id,
  kind: row.kind as CardKind,
  prompt: row.prompt,
  answer: row.answer,
  ...(row.check_text !== null ? { check: row.check_text } : {}),
  ...(row.card_check !== null ? { formatCheck: JSON.parse(row.card_check) as CardCheck } : {}),
  ...(row.drill !== null ? { drill: JSON.parse(row.drill) as DrillCell } : {}),
  memory: {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as MemoryState,
    ...(row.last_review !== null ? { lastReview: new Date(row.last_review) } : {}),
  },
  suspended: row.suspended === 1,
  createdAt: new Date(row.created_at),
});

const cardParameters = (card: Card) => ({
  id: card.id,
  trick_id: card.trickId,
  ability_id: card.abilityId,
  kind: card.kind,
  prompt: card.prompt,
  answer: card.answer,
  check_text: card.check ?? null,
  card_check: card.formatCheck ? JSON.stringify(card.formatCheck) : null,
  drill: card.drill ? JSON.stringify(card.drill) : null,
  due: card.memory.due.getTime(),
  stability: card.memory.stability,
  difficulty: card.memory.difficulty,
  elapsed_days: card.memory.elapsedDays,
  scheduled_days: card.memory.scheduledDays,
  learning_steps: card.memory.learningSteps,
  reps: card.memory.reps,
  lapses: card.memory.lapses,
  state: card.memory.state,
  last_review: card.memory.lastReview?.getTime() ?? null,
  suspended: card.suspended ? 1 : 0,
  created_at: card.createdAt.getTime(),
});

const toReview = (row: ReviewRow): Review => ({
  id: row.id,
  cardId: row.card_id,
  abilityId: row.ability_id,
  rating: row.rating as Rating,
  answer: row.answer,
  reviewedAt: new Date(row.reviewed_at),
  log: reviveLog(JSON.parse(row.log)),
  before: reviveMemory(JSON.parse(row.before)),
  ...(row.promoted_from !== null ? { promotedFrom: row.promoted_from as AbilityStatus } : {}),
  ...(row.imported === 1 ? { imported: true } : {}),
});

const cardColumns = `id, trick_id, ability_id, kind, prompt, answer, check_text, card_check, drill, due, stability, difficulty,
  elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, suspended, created_at`;

// The due index (suspended, due, ability_id) drives the scan in due order and answers the domain test
// without reading cards that are not kept.
const dueWhere = `c.suspended = 0 AND c.due <= @now
  AND (@domain IS NULL OR c.ability_id IN (SELECT id FROM abilities WHERE domain = @domain))`;

/** Tricks, cards and reviews in SQLite. */
export class SqlitePracticeStore implements PracticeStore {
  readonly #statements: Statements;

  constructor(private readonly db: Database.Database) {
    this.#statements = new Statements(db);
  }

  insertTricks(tricks: readonly Trick[], cards: readonly Card[]): void {
    const insertTrick = this.#sql(
      `INSERT INTO tricks (id, ability_id, name, key, explanation, example, format, artifact_id, created_at)
       VALUES (@id, @ability_id, @name, @key, @explanation, @example, @format, @artifact_id, @created_at)`,
    );
    const insertCard = this.#sql(
      `INSERT INTO cards (${cardColumns}) VALUES (@id, @trick_id, @ability_id, @kind, @prompt, @answer,
       @check_text, @card_check, @drill, @due, @stability, @difficulty, @elapsed_days, @scheduled_days, @learning_steps, @reps,
       @lapses, @state, @last_review, @suspended, @created_at)`,
    );
    for (const trick of tricks) {
      insertTrick.run({
        id: trick.id,
        ability_id: trick.abilityId,
        name: trick.name,
        key: trick.key,
        explanation: trick.explanation,
        example: trick.example,
        format: trick.format,
        artifact_id: trick.artifactId ?? null,
        created_at: trick.createdAt.getTime(),
      });
    }
    for (const card of cards) insertCard.run(cardParameters(card));
  }

  findTrick(abilityId: string, key: string): Trick | undefined {
    const row = this.#sql('SELECT * FROM tricks WHERE ability_id = ? AND key = ?').get(abilityId, key);
    return row ? toTrick(row as TrickRow) : undefined;
  }

  getTrick(id: string): Trick | undefined {
    const row = this.#sql('SELECT * FROM tricks WHERE id = ?').get(id);
    return row ? toTrick(row as TrickRow) : undefined;
  }

  listTricks(filter: { abilityId?: string | undefined; artifactId?: string | undefined } = {}): Trick[] {
    // One statement per filter: "(@x IS NULL OR column = @x)" would keep SQLite off the index.
    const order = 'ORDER BY created_at, rowid';
    const rows = filter.abilityId
      ? this.#sql(`SELECT * FROM tricks WHERE ability_id = ? ${order}`).all(filter.abilityId)
      : filter.artifactId
        ? this.#sql(`SELECT * FROM tricks WHERE artifact_id = ? ${order}`).all(filter.artifactId)
        : this.#sql(`SELECT * FROM tricks ${order}`).all();
    return (rows as TrickRow[])
      .filter((row) => !filter.artifactId || row.artifact_id === filter.artifactId)
      .map(toTrick);
  }

  getCard(id: string): Card | undefined {
    const row = this.#sql('SELECT * FROM cards WHERE id = ?').get(id);
    return row ? toCard(row as CardRow) : undefined;
  }

  listCards(filter: { abilityId?: string | undefined; trickId?: string | undefined }): Card[] {
    const order = 'ORDER BY created_at, rowid';
    const rows = filter.abilityId
      ? this.#sql(`SELECT * FROM cards WHERE ability_id = ? ${order}`).all(filter.abilityId)
      : filter.trickId
        ? this.#sql(`SELECT * FROM cards WHERE trick_id = ? ${order}`).all(filter.trickId)
        : this.#sql(`SELECT * FROM cards ${order}`).all();
    return (rows as CardRow[])
      .filter((row) => !filter.trickId || row.trick_id === filter.trickId)
      .map(toCard);
  }

  updateCard(card: Card): void {
    this.#sql(
      `UPDATE cards SET due = @due, stability = @stability, difficulty = @difficulty,
       elapsed_days = @elapsed_days, scheduled_days = @scheduled_days, learning_steps = @learning_steps,
       reps = @reps, lapses = @lapses, state = @state, last_review = @last_review, suspended = @suspended
       WHERE id = @id`,
    ).run(cardParameters(card));
  }

  dueCards(filter: DueFilter): DueCard[] {
    const rows = this.#sql(
      `SELECT c.*, t.name AS trick_name, a.name AS ability_name, a.domain AS domain
       FROM cards c JOIN tricks t ON t.id = c.trick_id JOIN abilities a ON a.id = c.ability_id
       WHERE ${dueWhere} ORDER BY c.due LIMIT @limit`,
    ).all({ ...dueParameters(filter), limit: filter.limit ?? -1 }) as (CardRow & {
      trick_name: string;
      ability_name: string;
      domain: string;
    })[];
    return rows.map((row) => ({
      card: toCard(row),
      trickName: row.trick_name,
      abilityName: row.ability_name,
      domain: row.domain,
    }));
  }

  countDue(filter: Omit<DueFilter, 'limit'>): number {
    // By domain, walk each of its abilities' (ability, suspended, due) index range: no table reads.
    // CROSS JOIN keeps that order: without statistics SQLite would scan every due card instead.
    const count = filter.domain
      ? this.#sql(
          `SELECT count(*) FROM abilities a CROSS JOIN cards c ON c.ability_id = a.id
           WHERE a.domain = @domain AND c.suspended = 0 AND c.due <= @now`,
        )
      : this.#sql('SELECT count(*) FROM cards WHERE suspended = 0 AND due <= @now');
    return count.pluck().get(dueParameters(filter)) as number;
  }

  nextDue(filter: Omit<DueFilter, 'limit'>): Date | undefined {
    const next = filter.domain
      ? this.#sql(
          `SELECT min(c.due) FROM abilities a CROSS JOIN cards c ON c.ability_id = a.id
           WHERE a.domain = @domain AND c.suspended = 0 AND c.due > @now`,
        )
      : this.#sql('SELECT min(due) FROM cards WHERE suspended = 0 AND due > @now');
    const due = next.pluck().get(dueParameters(filter)) as number | null;
    return due === null ? undefined : new Date(due);
  }

  insertReview(review: Review): void {
    this.#sql(
      `INSERT INTO reviews (id, card_id, ability_id, rating, answer, reviewed_at, log, before, promoted_from,
         imported)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      review.id,
      review.cardId,
      review.abilityId,
      review.rating,
      review.answer,
      review.reviewedAt.getTime(),
      JSON.stringify(review.log),
      JSON.stringify(review.before),
      review.promotedFrom ?? null,
      review.imported ? 1 : 0,
    );
  }

  getReview(id: string): Review | undefined {
    const row = this.#sql('SELECT * FROM reviews WHERE id = ?').get(id);
    return row ? toReview(row as ReviewRow) : undefined;
  }

  lastReview(filter: { cardId?: string | undefined } = {}): Review | undefined {
    // seq, not the time: CHOPS_NOW can give every review of a session the same time.
    const row = filter.cardId
      ? this.#sql('SELECT * FROM reviews WHERE card_id = ? ORDER BY seq DESC LIMIT 1').get(filter.cardId)
      : this.#sql('SELECT * FROM reviews ORDER BY seq DESC LIMIT 1').get();
    return row ? toReview(row as ReviewRow) : undefined;
  }

  listReviews(filter: { cardId?: string | undefined } = {}): Review[] {
    const rows = this.#sql('SELECT * FROM reviews WHERE (@card IS NULL OR card_id = @card) ORDER BY seq').all(
      {
        card: filter.cardId ?? null,
      },
    ) as ReviewRow[];
    return rows.map(toReview);
  }

  removeReview(id: string): void {
    this.#sql('DELETE FROM reviews WHERE id = ?').run(id);
  }

  countReviews(): number {
    return this.#sql('SELECT count(*) FROM reviews').pluck().get() as number;
  }

  countCardsReviewedSince(since: Date): number {
    return this.#sql('SELECT count(DISTINCT card_id) FROM reviews WHERE reviewed_at >= ?')
      .pluck()
      .get(since.getTime()) as number;
  }

  dueLoadByDay(from: Date, to: Date): Map<number, number> {
    const rows = this.#sql(
      `SELECT due / 86400000 AS day, count(*) AS n FROM cards
       WHERE suspended = 0 AND due >= ? AND due < ? GROUP BY day`,
    ).all(from.getTime(), to.getTime()) as { day: number; n: number }[];
    return new Map(rows.map((row) => [row.day, row.n]));
  }

  transaction<T>(work: () => T): T {
    // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading read locks.
    return this.db.transaction(work).immediate();
  }

  #sql(sql: string): Database.Statement {
    return this.#statements.get(sql);
  }
}

translatesSqliteErrors(SqlitePracticeStore);

function dueParameters(filter: Omit<DueFilter, 'limit'>) {
  return { now: filter.now.getTime(), domain: filter.domain ?? null };
}
