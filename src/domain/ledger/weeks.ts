/*
 * The ledger counts by ISO week (Monday to Sunday), in UTC: a week is the same for every machine and
 * every test, whatever the time zone. A week is numbered by how many whole weeks lie between the first
 * Monday of the Unix epoch (1970-01-05) and its own Monday, which SQL can compute with one division.
 */

const dayMs = 86_400_000;
/** Milliseconds in a week. */
export const weekMs = 7 * dayMs;
/** 1970-01-05T00:00Z, the first Monday after the Unix epoch: week 0. */
export const firstMondayMs = 4 * dayMs;

/** The number of the week holding `ms` (ms since the epoch, after 1970-01-05). */
export function weekOf(ms: number): number {
  return Math.floor((ms - firstMondayMs) / weekMs);
}

/** The Monday, 00:00 UTC, that starts week `week`. */
export function weekStart(week: number): Date {
  return new Date(firstMondayMs + week * weekMs);
}

/** The ISO 8601 week label of week `week`, such as `2026-W05`. */
export function isoWeekLabel(week: number): string {
  // The ISO year of a week is the year of its Thursday.
  const thursday = new Date(weekStart(week).getTime() + 3 * dayMs);
  const year = thursday.getUTCFullYear();
  const firstThursdayOfYear = weekOf(Date.UTC(year, 0, 4));
  const number = week - firstThursdayOfYear + 1;
  return `${year}-W${String(number).padStart(2, '0')}`;
}

/** Every week from `first` to `last`, both included (empty when `last` is before `first`). */
export function weekRange(first: number, last: number): number[] {
  return last < first ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A date as `YYYY-MM-DD` (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
