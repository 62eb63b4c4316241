import type { Card } from './card.js';

/** Stability, in days, at which a card counts as mastered unless the person sets `mastery-days`. */
export const defaultMasteryDays = 21;

/**
 * Whether an ability's cards are mastered: it has at least one card that is not suspended, and every
 * such card's FSRS stability is at least `masteryDays`. An ability without cards is never mastered by
 * practice (only by the person's word).
 */
export function isMastered(
  cards: readonly Pick<Card, 'memory' | 'suspended'>[],
  masteryDays: number,
): boolean {
  const active = cards.filter((card) => !card.suspended);
  return active.length > 0 && active.every((card) => card.memory.stability >= masteryDays);
}
