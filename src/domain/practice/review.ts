import type { AbilityStatus } from '../ability.js';
import type { CardMemory, ReviewLog } from './memory.js';
import type { Rating } from './rating.js';

/**
 * One review of one card, kept with FSRS's log and the card's memory before it, so that the review
 * can be undone exactly.
 */
export interface Review {
  id: string;
  cardId: string;
  abilityId: string;
  rating: Rating;
  /** What the person typed, or '' when they revealed the answer without typing. */
  answer: string;
  reviewedAt: Date;
  log: ReviewLog;
  before: CardMemory;
  /** When this review made the ability own: the status it had before, so that undo can restore it. */
  promotedFrom?: AbilityStatus | undefined;
  /**
   * Brought in by `chops import`: its `before` was written by another install, so undo never restores
   * it (a file could otherwise put any memory into a card by way of an undo).
   */
  imported?: boolean | undefined;
}
