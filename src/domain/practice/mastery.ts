import type { Card } from './card.js';
import { drillProgress } from './drill.js';

/** Stability, in days, at which a card counts as mastered unless the person sets `mastery-days`. */
export const defaultMasteryDays = 21;

/**
 * Whether an ability's cards are mastered: it has at least one card that is not suspended; every such
 * card's FSRS stability is at least `masteryDays`, except a drill's cells, where enough of each drill's
 * cells must be (drillMasteryShare: a player who owns a lick in nine keys of twelve owns the lick). An
 * ability without cards is never mastered by practice (only by the person's word).
 */
export function isMastered(
  cards: readonly Pick<Card, 'memory' | 'suspended' | 'drill'>[],
  masteryDays: number,
): boolean {
  const active = cards.filter((card) => !card.suspended);
  if (active.length === 0) return false;
  const drills = new Map<string, Pick<Card, 'memory' | 'suspended' | 'drill'>[]>();
  for (const card of active)
    if (card.drill) drills.set(card.drill.drillId, [...(drills.get(card.drill.drillId) ?? []), card]);
  return (
    active.every((card) => card.drill !== undefined || card.memory.stability >= masteryDays) &&
    [...drills.values()].every((cells) => drillProgress(cells, masteryDays).done)
  );
}
