import {
  createEmptyCard,
  type Card as FsrsCard,
  type Grade as FsrsGrade,
  type ReviewLog as FsrsLog,
  Rating as FsrsRating,
  State as FsrsState,
  fsrs,
  generatorParameters,
} from 'ts-fsrs';
import type { Rating } from './rating.js';

export const memoryStates = ['new', 'learning', 'review', 'relearning'] as const;
/** new: never reviewed; learning / relearning: in same-day steps; review: scheduled in days. */
export type MemoryState = (typeof memoryStates)[number];

/**
 * A card's FSRS memory as plain data (ts-fsrs's card in our names). Stability and intervals are in days.
 * Kept whole on every review, so that undo can put it back exactly.
 */
export interface CardMemory {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: MemoryState;
  lastReview?: Date | undefined;
}

/** What FSRS recorded about one review (ts-fsrs's review log in our names). */
export interface ReviewLog {
  rating: Rating;
  /** The state the card was in when reviewed. */
  state: MemoryState;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
}

/**
 * The scheduler's settings (STACK.md). Fuzz is off so that schedules are reproducible; ts-fsrs's default
 * learning steps (1 and 10 minutes, relearning 10 minutes) are kept: FSRS plans days, the steps bring a
 * card rated again or hard back within the same session.
 */
export const schedulerParameters = generatorParameters({
  enable_fuzz: false,
  request_retention: 0.9,
  maximum_interval: 365,
});
const defaultScheduler = fsrs(schedulerParameters);
const fittedSchedulers = new Map<string, ReturnType<typeof fsrs>>();

// A person's fitted parameters change once in a long while: one scheduler per set, made on first use.
function schedulerFor(parameters: readonly number[] | undefined) {
  if (!parameters) return defaultScheduler;
  const key = parameters.join(',');
  let scheduler = fittedSchedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs({ ...schedulerParameters, w: [...parameters] });
    fittedSchedulers.set(key, scheduler);
  }
  return scheduler;
}

const toFsrsRating: Record<Rating, FsrsGrade> = {
  again: FsrsRating.Again,
  hard: FsrsRating.Hard,
  good: FsrsRating.Good,
  easy: FsrsRating.Easy,
};
const fromFsrsState: Record<FsrsState, MemoryState> = {
  [FsrsState.New]: 'new',
  [FsrsState.Learning]: 'learning',
  [FsrsState.Review]: 'review',
  [FsrsState.Relearning]: 'relearning',
};
const toFsrsState = {
  new: FsrsState.New,
  learning: FsrsState.Learning,
  review: FsrsState.Review,
  relearning: FsrsState.Relearning,
};

/** The memory of a card never reviewed, due at once. */
export function newMemory(now: Date): CardMemory {
  return fromFsrsCard(createEmptyCard(now));
}

/**
 * One review: the card's next memory and FSRS's log of it. Pure: `now` is the time of the review;
 * `parameters` are the person's fitted FSRS parameters (the defaults when left out).
 */
export function schedule(
  memory: CardMemory,
  rating: Rating,
  now: Date,
  parameters?: readonly number[],
): { memory: CardMemory; log: ReviewLog } {
  const { card, log } = schedulerFor(parameters).next(toFsrsCard(memory), now, toFsrsRating[rating]);
  return { memory: fromFsrsCard(card), log: fromFsrsLog(log, rating) };
}

/** Whether the card is in same-day steps, so that a session should show it again before it ends. */
export function inShortTermSteps(memory: CardMemory): boolean {
  return memory.state === 'learning' || memory.state === 'relearning';
}

function toFsrsCard(memory: CardMemory): FsrsCard {
  return {
    due: new Date(memory.due),
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: memory.elapsedDays,
    scheduled_days: memory.scheduledDays,
    learning_steps: memory.learningSteps,
    reps: memory.reps,
    lapses: memory.lapses,
    state: toFsrsState[memory.state],
    ...(memory.lastReview ? { last_review: new Date(memory.lastReview) } : {}),
  };
}

export function fromFsrsCard(card: FsrsCard): CardMemory {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: fromFsrsState[card.state],
    ...(card.last_review ? { lastReview: card.last_review } : {}),
  };
}

function fromFsrsLog(log: FsrsLog, rating: Rating): ReviewLog {
  return {
    rating,
    state: fromFsrsState[log.state],
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: log.review,
  };
}

/** A memory read back from JSON: its dates are strings there and become dates again. */
export function reviveMemory(json: unknown): CardMemory {
  const raw = json as CardMemory & { due: string; lastReview?: string };
  return {
    ...raw,
    due: new Date(raw.due),
    ...(raw.lastReview !== undefined ? { lastReview: new Date(raw.lastReview) } : {}),
  };
}

/** A review log read back from JSON, dates revived. */
export function reviveLog(json: unknown): ReviewLog {
  const raw = json as ReviewLog & { due: string; review: string };
  return { ...raw, due: new Date(raw.due), review: new Date(raw.review) };
}
