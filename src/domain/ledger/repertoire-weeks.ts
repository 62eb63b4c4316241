import type { AbilityStatus } from '../ability.js';
import { weekOf } from './weeks.js';

/** One change of an ability's status, as the ledger replays it (`at` in ms since the epoch). */
export interface StatusChange {
  abilityId: string;
  status: AbilityStatus;
  at: number;
}

/** How many abilities stood at each status at the end of one week. */
interface RepertoireCounts {
  own: number;
  lent: number;
  learning: number;
}

/**
 * The repertoire as it stood at the end of each of `weeks` (ascending), replayed from the status
 * changes (any order; sorted here): each ability counts once, at its latest status by then. Changes
 * before the first week still count, so a `--since` view starts from the real repertoire, not zero.
 */
export function repertoireByWeek(
  changes: readonly StatusChange[],
  weeks: readonly number[],
): RepertoireCounts[] {
  const sorted = [...changes].sort((a, b) => a.at - b.at);
  const current = new Map<string, AbilityStatus>();
  const counts: RepertoireCounts = { own: 0, lent: 0, learning: 0 };
  const result: RepertoireCounts[] = [];
  let next = 0;
  for (const week of weeks) {
    while (next < sorted.length && weekOf(sorted[next]!.at) <= week) {
      const change = sorted[next++]!;
      const before = current.get(change.abilityId);
      if (before) counts[before]--;
      counts[change.status]++;
      current.set(change.abilityId, change.status);
    }
    result.push({ ...counts });
  }
  return result;
}
