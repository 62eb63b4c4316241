import type { DueCard } from '../../domain/ports/practice-store.js';
import { remainingToday, startOfDay } from '../../domain/practice/load.js';
import type { PracticeDeps } from './practice-deps.js';

export interface DueQueue {
  /** The cards to review now, most overdue first, at most `limit` (and what the daily limit leaves). */
  cards: DueCard[];
  /** How many cards are due in all. */
  total: number;
  /** When the next card falls due after now, when none is due or to say what follows the queue. */
  nextDue?: Date | undefined;
  /** With a daily limit: the limit and the cards already reviewed today (UTC). */
  today?: { limit: number; reviewed: number } | undefined;
}

/** Cards shown by a session when the person gives no limit: a sitting, not a backlog. */
export const defaultSessionLimit = 50;

/**
 * The cards due now (not suspended), optionally of one domain, with the total and the next due time.
 * A daily limit (`daily-limit`) caps the cards of a day: what is left waits for tomorrow, most overdue
 * first, so a backlog is worked off over days instead of in one pile.
 */
export function dueQueue(
  options: { limit?: number | undefined; domain?: string | undefined },
  deps: Pick<PracticeDeps, 'practice' | 'clock' | 'dailyLimit'>,
): DueQueue {
  const now = deps.clock.now();
  const filter = { now, domain: options.domain };
  const reviewed = deps.dailyLimit === undefined ? 0 : deps.practice.countCardsReviewedSince(startOfDay(now));
  const left = remainingToday(deps.dailyLimit, reviewed);
  const limit = left === undefined ? options.limit : Math.min(options.limit ?? left, left);
  const cards = deps.practice.dueCards({ ...filter, limit });
  const total = limit !== undefined && cards.length === limit ? deps.practice.countDue(filter) : cards.length;
  const nextDue = deps.practice.nextDue(filter);
  return {
    cards,
    total,
    ...(nextDue ? { nextDue } : {}),
    ...(deps.dailyLimit !== undefined ? { today: { limit: deps.dailyLimit, reviewed } } : {}),
  };
}
