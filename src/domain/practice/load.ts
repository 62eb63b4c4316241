import { get_fuzz_range } from 'ts-fsrs';
import type { CardMemory } from './memory.js';
import { schedulerParameters } from './memory.js';

const day = 86_400_000;

/** Days since the epoch (UTC) of a time: the unit a day's load is counted in. */
export function dayNumber(time: Date): number {
  return Math.floor(time.getTime() / day);
}

/** The start (UTC midnight) of the day of `time`. */
export function startOfDay(time: Date): Date {
  return new Date(dayNumber(time) * day);
}

/**
 * The days a card just scheduled `memory.scheduledDays` ahead may move to without changing what FSRS
 * meant: ts-fsrs's fuzz range (about ±5%, at least a day either way for intervals of 3 days and more).
 * Shorter intervals have none.
 */
export function spreadWindow(memory: CardMemory): { from: number; to: number } | undefined {
  if (memory.state !== 'review' || memory.scheduledDays < 3) return undefined;
  const range = get_fuzz_range(
    memory.scheduledDays,
    memory.elapsedDays,
    schedulerParameters.maximum_interval,
  );
  return { from: range.min_ivl, to: range.max_ivl };
}

/**
 * The memory moved to the least loaded day of its spread window, so that no day piles up: `load` counts
 * the cards already due on each day (see dayNumber). Ties keep the day closest to FSRS's own choice.
 */
export function spreadDue(memory: CardMemory, now: Date, load: ReadonlyMap<number, number>): CardMemory {
  const window = spreadWindow(memory);
  if (!window) return memory;
  const today = dayNumber(now);
  let best = memory.scheduledDays;
  let bestLoad = load.get(today + best) ?? 0;
  for (let interval = window.from; interval <= window.to; interval++) {
    const dayLoad = load.get(today + interval) ?? 0;
    const closer = Math.abs(interval - memory.scheduledDays) < Math.abs(best - memory.scheduledDays);
    if (dayLoad < bestLoad || (dayLoad === bestLoad && closer)) {
      best = interval;
      bestLoad = dayLoad;
    }
  }
  if (best === memory.scheduledDays) return memory;
  return {
    ...memory,
    scheduledDays: best,
    due: new Date(memory.due.getTime() + (best - memory.scheduledDays) * day),
  };
}

/** Lapses at which a card is a leech unless the person sets `leech-lapses` (Anki's default). */
export const defaultLeechLapses = 8;

/** Whether a card has been forgotten so often that more reviews of it as written are wasted. */
export function isLeech(memory: Pick<CardMemory, 'lapses'>, leechLapses: number): boolean {
  return memory.lapses >= leechLapses;
}

/** How many cards a session may still show today under a daily limit, given the cards reviewed so far. */
export function remainingToday(dailyLimit: number | undefined, reviewedToday: number): number | undefined {
  return dailyLimit === undefined ? undefined : Math.max(0, dailyLimit - reviewedToday);
}
