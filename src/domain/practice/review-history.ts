import { fsrs, generatorParameters } from 'ts-fsrs';
import { ratings } from './rating.js';
import type { Review } from './review.js';

/** One review as FSRS's optimizer reads it: the grade 1 (again) to 4 (easy) and whole days since the last. */
export interface HistoryStep {
  grade: 1 | 2 | 3 | 4;
  /** Days between this review's day and the previous review's day (UTC); 0 for the first review. */
  deltaDays: number;
}

/** Every review of one card, oldest first. */
export type CardHistory = readonly HistoryStep[];

const day = 86_400_000;
const dayOf = (date: Date) => Math.floor(date.getTime() / day);

/**
 * The review log as one history per card, in the order reviews were made (`reviews` in log order).
 * Days are counted from UTC midnight to UTC midnight, as fsrs-rs counts them.
 */
export function cardHistories(
  reviews: readonly Pick<Review, 'cardId' | 'rating' | 'reviewedAt'>[],
): CardHistory[] {
  const byCard = new Map<string, { steps: HistoryStep[]; lastDay: number }>();
  for (const review of reviews) {
    const reviewDay = dayOf(review.reviewedAt);
    const entry = byCard.get(review.cardId);
    const grade = (ratings.indexOf(review.rating) + 1) as HistoryStep['grade'];
    if (!entry) byCard.set(review.cardId, { steps: [{ grade, deltaDays: 0 }], lastDay: reviewDay });
    else {
      entry.steps.push({ grade, deltaDays: Math.max(0, reviewDay - entry.lastDay) });
      entry.lastDay = reviewDay;
    }
  }
  return [...byCard.values()].map((entry) => entry.steps);
}

/**
 * How many training items the histories give fsrs-rs: one per review after a card's first, counted
 * only once the card has a review on a later day than the one before (fsrs-rs drops the others).
 */
export function trainingItemCount(histories: readonly CardHistory[]): number {
  let count = 0;
  for (const steps of histories) {
    let longTerm = false;
    for (let i = 1; i < steps.length; i++) {
      if (steps[i]!.deltaDays > 0) longTerm = true;
      if (longTerm) count++;
    }
  }
  return count;
}

/** How well a set of FSRS parameters predicted a review log. */
export interface RetentionReport {
  /** Reviews judged: those made a day or more after the card's previous review. */
  reviews: number;
  /** The mean retention the parameters predicted for them, 0..1. */
  predicted: number;
  /** The share of them the person recalled (rated hard, good or easy), 0..1. */
  observed: number;
  /** Mean log loss of the predictions (lower is better); NaN when there is nothing to judge. */
  logLoss: number;
}

/**
 * Replays each card's history with FSRS under `parameters` and compares the retention it predicted
 * before each review a day or more after the last with what the person did.
 */
export function retentionReport(
  histories: readonly CardHistory[],
  parameters: readonly number[],
): RetentionReport {
  const algorithm = fsrs(generatorParameters({ w: [...parameters] }));
  let judged = 0;
  let predictedSum = 0;
  let recalled = 0;
  let loss = 0;
  for (const steps of histories) {
    let state: { stability: number; difficulty: number } | null = null;
    for (const step of steps) {
      if (state && step.deltaDays > 0) {
        const p = Math.min(
          1 - 1e-6,
          Math.max(1e-6, algorithm.forgetting_curve(step.deltaDays, state.stability)),
        );
        const y = step.grade > 1 ? 1 : 0;
        judged++;
        predictedSum += p;
        recalled += y;
        loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
      }
      state = algorithm.next_state(state, step.deltaDays, step.grade);
    }
  }
  return {
    reviews: judged,
    predicted: judged ? predictedSum / judged : Number.NaN,
    observed: judged ? recalled / judged : Number.NaN,
    logLoss: judged ? loss / judged : Number.NaN,
  };
}
