import type { DueCard } from '../../domain/ports/practice-store.js';
import type { PracticeDeps } from './practice-deps.js';

export interface DueQueue {
  /** The cards to review now, most overdue first, at most `limit`. */
  cards: DueCard[];
  /** How many cards are due in all. */
  total: number;
  /** When the next card falls due after now, when none is due or to say what follows the queue. */
  nextDue?: Date | undefined;
}

/** Cards shown by a session when the person gives no limit: a sitting, not a backlog. */
export const defaultSessionLimit = 50;

/** The cards due now (not suspended), optionally of one domain, with the total and the next due time. */
export function dueQueue(
  options: { limit?: number | undefined; domain?: string | undefined },
  deps: Pick<PracticeDeps, 'practice' | 'clock'>,
): DueQueue {
  const now = deps.clock.now();
  const filter = { now, domain: options.domain };
  const cards = deps.practice.dueCards({ ...filter, limit: options.limit });
  const total =
    options.limit !== undefined && cards.length === options.limit
      ? deps.practice.countDue(filter)
      : cards.length;
  const nextDue = deps.practice.nextDue(filter);
  return { cards, total, ...(nextDue ? { nextDue } : {}) };
}
