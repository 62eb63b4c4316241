import type { OwnIdeasLedger } from './own-ideas.js';

/*
 * The ledger: what `chops stats` reports, as plain JSON-ready data (dates as ISO strings, weeks as ISO
 * week labels). These names are what `--json` prints and the README documents: change them only with
 * a note to users. Every figure is computed from stored records; a figure that cannot be computed
 * (a mean of nothing) is null, never NaN or 0.
 */

/** One week of a series: its ISO label (`2026-W05`) and the date of its Monday. */
export interface LedgerWeek {
  week: string;
  start: string;
}

/** An ability as the ledger names it, with when it reached the status in question. */
export interface LedgerAbility {
  id: string;
  name: string;
  domain: string;
  at: string;
}

export interface RepertoireLedger {
  /** The repertoire now (whatever `--since` says). */
  now: { own: number; lent: number; learning: number; total: number };
  /** At the end of each week. */
  weeks: (LedgerWeek & { own: number; lent: number; learning: number })[];
  /** Abilities that are own now, by when they last became own, newest first (at most 10). */
  recentlyOwn: LedgerAbility[];
}

export interface GoalLedger {
  id: string;
  text: string;
  domain: string;
  createdAt: string;
  ideas: number;
  /** Reach spread over solo spread; null with too few ideas to spread. */
  gain: number | null;
  /** Over all of the goal's ideas, solo and reach. */
  meanReach: number | null;
  meanNovelty: number | null;
}

export interface ImaginationLedger {
  goals: number;
  ideas: number;
  /** Mean of the goals' gains (goals without one left out). */
  meanGain: number | null;
  meanReach: number | null;
  meanNovelty: number | null;
  /** Ideas made into an artifact that passed its check; how many of those used a lent ability. */
  made: { ideas: number; neededLent: number; share: number | null };
  /** Newest first. */
  perGoal: GoalLedger[];
  weeks: (LedgerWeek & {
    goals: number;
    ideas: number;
    meanGain: number | null;
    meanReach: number | null;
    meanNovelty: number | null;
  })[];
}

export interface PracticeLedger {
  reviews: number;
  /** Share of reviews not rated `again`; null without reviews. */
  retention: number | null;
  /** Cards not suspended and due now; of `cards` not suspended in all. */
  cardsDue: number;
  cards: number;
  /** Abilities that became own after they had practice cards (and are own still), newest first. */
  abilitiesMastered: number;
  mastered: LedgerAbility[];
  weeks: (LedgerWeek & { reviews: number; retention: number | null })[];
}

export interface DatLedger {
  count: number;
  latest: number | null;
  best: number | null;
  mean: number | null;
  /** Oldest first. */
  scores: { id: string; takenAt: string; score: number }[];
}

export interface AutLedger {
  count: number;
  /** Oldest first; originality on the 1–5 scale. */
  scores: {
    id: string;
    object: string;
    takenAt: string;
    fluency: number;
    originality: number;
    flexibility: number | null;
  }[];
}

/** Everything `chops stats` shows. */
export interface Ledger {
  /** When the ledger was computed (the clock's now). */
  now: string;
  /** `YYYY-MM-DD`, or null for all of history. */
  since: string | null;
  repertoire: RepertoireLedger;
  imagination: ImaginationLedger;
  practice: PracticeLedger;
  dat: DatLedger;
  /** The person's own ideas over time, and the abilities they absorbed. */
  ownIdeas: OwnIdeasLedger;
  aut: AutLedger;
}

/** A share or mean rounded to 4 decimals, or null when there is nothing to divide. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? round(part / whole) : null;
}

/** The mean of the known values, or null when none is known. */
export function meanOf(values: readonly (number | null | undefined)[]): number | null {
  const known = values.filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value),
  );
  return known.length === 0 ? null : round(known.reduce((sum, value) => sum + value, 0) / known.length);
}

/** Rounded to 4 decimals (null stays null). */
export function round(value: number): number;
export function round(value: number | null | undefined): number | null;
export function round(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 10_000) / 10_000 : null;
}
