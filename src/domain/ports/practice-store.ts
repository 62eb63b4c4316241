import type { Card } from '../practice/card.js';
import type { Review } from '../practice/review.js';
import type { Trick } from '../practice/trick.js';

/** A due card with what a session shows beside it. */
export interface DueCard {
  card: Card;
  trickName: string;
  abilityName: string;
  domain: string;
}

export interface DueFilter {
  /** Cards due at or before this time. */
  now: Date;
  domain?: string | undefined;
  limit?: number | undefined;
}

/**
 * Where tricks, their cards and reviews live. Synchronous, like the repertoire store; writes that must
 * land together (a review, its card and a mastery promotion) go in one `transaction`.
 */
export interface PracticeStore {
  /** Inserts tricks and their cards as given: duplicates are the caller's to weed out (see findTrick). */
  insertTricks(tricks: readonly Trick[], cards: readonly Card[]): void;
  /** The trick of this ability with this normalised name (see trickKey), if there is one. */
  findTrick(abilityId: string, key: string): Trick | undefined;
  getTrick(id: string): Trick | undefined;
  listTricks(filter?: { abilityId?: string | undefined; artifactId?: string | undefined }): Trick[];
  getCard(id: string): Card | undefined;
  /** Cards of one ability, or of one trick, in creation order. */
  listCards(filter: { abilityId?: string | undefined; trickId?: string | undefined }): Card[];
  /** Writes a card's memory and suspended flag. */
  updateCard(card: Card): void;
  /** Cards not suspended and due by `now`, most overdue first. */
  dueCards(filter: DueFilter): DueCard[];
  /** How many cards are due by `now` (the whole queue, whatever a limit keeps). */
  countDue(filter: Omit<DueFilter, 'limit'>): number;
  /** When the next card not suspended falls due, after `now`. */
  nextDue(filter: Omit<DueFilter, 'limit'>): Date | undefined;
  insertReview(review: Review): void;
  getReview(id: string): Review | undefined;
  /** The most recent review of all, or of one card. */
  lastReview(filter?: { cardId?: string | undefined }): Review | undefined;
  /** Reviews in the order they were made. */
  listReviews(filter?: { cardId?: string | undefined }): Review[];
  removeReview(id: string): void;
  /** How many reviews the log holds. */
  countReviews(): number;
  /** How many distinct cards were reviewed at or after `since` (a day's load so far). */
  countCardsReviewedSince(since: Date): number;
  /** Cards not suspended falling due in [from, to), counted per UTC day (days since the epoch). */
  dueLoadByDay(from: Date, to: Date): Map<number, number>;
  transaction<T>(work: () => T): T;
}
