import type { StatusChange } from '../ledger/repertoire-weeks.js';

/** Times are ms since the epoch; `since` is inclusive (0 for all of history). */
export interface LedgerRange {
  since: number;
}

/** Aggregates of one week, keyed by its number (see ledger/weeks.ts). */
export interface WeekIdeas {
  week: number;
  ideas: number;
  reachSum: number;
  noveltySum: number;
}

export interface WeekGoals {
  week: number;
  goals: number;
  /** Sum and count of the gains that are known. */
  gainSum: number;
  gains: number;
}

export interface WeekReviews {
  week: number;
  reviews: number;
  again: number;
}

export interface GoalAggregate {
  id: string;
  text: string;
  domain: string;
  createdAt: number;
  gain: number | null;
  ideas: number;
  meanReach: number | null;
  meanNovelty: number | null;
}

export interface AbilityAt {
  id: string;
  name: string;
  domain: string;
  at: number;
}

/**
 * The read side the ledger needs: aggregates computed where the data is (in SQL, grouped by week), so
 * that `chops stats` stays fast with years of history. Nothing here writes.
 */
export interface LedgerStore {
  /** Every status change of every ability, whatever the range: the repertoire is replayed from them. */
  statusChanges(): StatusChange[];
  /** Abilities own now, by when they last became own (at or after `since`), newest first. */
  recentlyOwn(range: LedgerRange, limit: number): AbilityAt[];
  /** Goals created in range with their ideas' aggregates, newest first. */
  goals(range: LedgerRange): GoalAggregate[];
  goalWeeks(range: LedgerRange): WeekGoals[];
  ideaWeeks(range: LedgerRange): WeekIdeas[];
  /** Ideas with an artifact made in range that passed its check; and how many used a lent ability. */
  madeIdeas(range: LedgerRange): { ideas: number; neededLent: number };
  reviewWeeks(range: LedgerRange): WeekReviews[];
  /** Cards not suspended, and how many of them are due at `now`. */
  cards(now: number): { cards: number; due: number };
  /** Own abilities that became own (in range) after they had cards, newest first. */
  mastered(range: LedgerRange): AbilityAt[];
  datScores(range: LedgerRange): { id: string; score: number; takenAt: number }[];
  /** The earliest time anything in range was recorded, if anything was. */
  firstRecord(range: LedgerRange): number | undefined;
}
