import type Database from 'better-sqlite3';
import type { AbilityStatus } from '../../domain/ability.js';
import type { StatusChange } from '../../domain/ledger/repertoire-weeks.js';
import { firstMondayMs, weekMs } from '../../domain/ledger/weeks.js';
import type {
  AbilityAt,
  GoalAggregate,
  LedgerRange,
  LedgerStore,
  WeekGoals,
  WeekIdeas,
  WeekReviews,
} from '../../domain/ports/ledger-store.js';
import { translatesSqliteErrors } from './sqlite-errors.js';
import { Statements } from './statements.js';

// The week number of a time column, as weekOf() computes it; times are whole ms, so `/` divides whole.
const week = (column: string) => `((${column} - ${firstMondayMs}) / ${weekMs})`;

/**
 * The ledger's aggregates in SQL: each a single grouped scan over an indexed time column, so that two
 * years of reviews are summed in SQLite rather than read row by row into JavaScript.
 */
export class SqliteLedgerStore implements LedgerStore {
  readonly #sql: Statements;

  constructor(db: Database.Database) {
    this.#sql = new Statements(db);
  }

  statusChanges(): StatusChange[] {
    // An ability without events (none should lack one) counts from when it was created. NOT IN, not
    // NOT EXISTS: ability_events has no index on ability_id, and NOT IN builds one set of ids once.
    const rows = this.#sql
      .get(
        `SELECT ability_id, status, at FROM ability_events
         UNION ALL
         SELECT id, status, created_at FROM abilities WHERE id NOT IN (SELECT ability_id FROM ability_events)`,
      )
      .raw(true)
      .all() as [string, AbilityStatus, number][];
    return rows.map(([abilityId, status, at]) => ({ abilityId, status, at }));
  }

  recentlyOwn(range: LedgerRange, limit: number): AbilityAt[] {
    return this.#sql
      .get(
        `SELECT a.id, a.name, a.domain, max(e.at) AS at
         FROM ability_events e JOIN abilities a ON a.id = e.ability_id
         WHERE e.status = 'own' AND a.status = 'own' AND e.at >= @since
         GROUP BY a.id ORDER BY at DESC, a.id LIMIT @limit`,
      )
      .all({ since: range.since, limit }) as AbilityAt[];
  }

  goals(range: LedgerRange): GoalAggregate[] {
    return this.#sql
      .get(
        `SELECT g.id, g.text, g.domain, g.created_at AS createdAt, g.gain,
           count(i.id) AS ideas, avg(i.reach) AS meanReach, avg(i.novelty) AS meanNovelty
         FROM goals g LEFT JOIN ideas i ON i.goal_id = g.id
         WHERE g.created_at >= @since
         GROUP BY g.id ORDER BY g.created_at DESC, g.id`,
      )
      .all(range) as GoalAggregate[];
  }

  goalWeeks(range: LedgerRange): WeekGoals[] {
    return this.#sql
      .get(
        `SELECT ${week('created_at')} AS week, count(*) AS goals,
           coalesce(sum(gain), 0) AS gainSum, count(gain) AS gains
         FROM goals WHERE created_at >= @since GROUP BY week ORDER BY week`,
      )
      .all(range) as WeekGoals[];
  }

  ideaWeeks(range: LedgerRange): WeekIdeas[] {
    return this.#sql
      .get(
        `SELECT ${week('created_at')} AS week, count(*) AS ideas,
           sum(reach) AS reachSum, sum(novelty) AS noveltySum
         FROM ideas WHERE created_at >= @since GROUP BY week ORDER BY week`,
      )
      .all(range) as WeekIdeas[];
  }

  madeIdeas(range: LedgerRange): { ideas: number; neededLent: number } {
    // An artifact's abilities are a JSON array of {name, how, status, abilityId}; status is as it stood
    // when the artifact was made, which is what "needed a lent ability" asks.
    return this.#sql
      .get(
        `SELECT count(*) AS ideas, coalesce(sum(lent), 0) AS neededLent FROM (
           SELECT idea_id, max(EXISTS (
             SELECT 1 FROM json_each(artifacts.abilities) j WHERE json_extract(j.value, '$.status') = 'lent'
           )) AS lent
           FROM artifacts WHERE passed = 1 AND created_at >= @since GROUP BY idea_id)`,
      )
      .get(range) as { ideas: number; neededLent: number };
  }

  reviewWeeks(range: LedgerRange): WeekReviews[] {
    return this.#sql
      .get(
        `SELECT ${week('reviewed_at')} AS week, count(*) AS reviews, sum(rating = 'again') AS again
         FROM reviews WHERE reviewed_at >= @since GROUP BY week ORDER BY week`,
      )
      .all(range) as WeekReviews[];
  }

  cards(now: number): { cards: number; due: number } {
    return this.#sql
      .get(`SELECT count(*) AS cards, coalesce(sum(due <= @now), 0) AS due FROM cards WHERE suspended = 0`)
      .get({ now }) as { cards: number; due: number };
  }

  mastered(range: LedgerRange): AbilityAt[] {
    return this.#sql
      .get(
        `SELECT a.id, a.name, a.domain, max(e.at) AS at
         FROM ability_events e JOIN abilities a ON a.id = e.ability_id
         WHERE e.status = 'own' AND a.status = 'own' AND e.at >= @since
           AND EXISTS (SELECT 1 FROM cards c WHERE c.ability_id = e.ability_id AND c.created_at <= e.at)
         GROUP BY a.id ORDER BY at DESC, a.id`,
      )
      .all(range) as AbilityAt[];
  }

  datScores(range: LedgerRange): { id: string; score: number; takenAt: number }[] {
    return this.#sql
      .get(
        `SELECT id, score, taken_at AS takenAt FROM dat_scores WHERE taken_at >= @since
         ORDER BY taken_at, rowid`,
      )
      .all(range) as { id: string; score: number; takenAt: number }[];
  }

  firstRecord(range: LedgerRange): number | undefined {
    // Each min() is answered from its table's time index without a scan.
    const first = this.#sql
      .get(
        `SELECT min(t) FROM (
           SELECT min(at) AS t FROM ability_events WHERE at >= @since
           UNION ALL SELECT min(created_at) FROM goals WHERE created_at >= @since
           UNION ALL SELECT min(created_at) FROM ideas WHERE created_at >= @since
           UNION ALL SELECT min(created_at) FROM artifacts WHERE created_at >= @since
           UNION ALL SELECT min(reviewed_at) FROM reviews WHERE reviewed_at >= @since
           UNION ALL SELECT min(taken_at) FROM dat_scores WHERE taken_at >= @since
           UNION ALL SELECT min(taken_at) FROM aut_scores WHERE taken_at >= @since
           UNION ALL SELECT min(created_at) FROM mine_ideas WHERE created_at >= @since)`,
      )
      .pluck()
      .get(range) as number | null;
    return first ?? undefined;
  }
}

translatesSqliteErrors(SqliteLedgerStore);
