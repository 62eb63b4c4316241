import { S_MAX, S_MIN } from 'ts-fsrs';
import type { CardMemory, ReviewLog } from './memory.js';

/**
 * The memories FSRS can schedule, and the figures a person's practice can reach. A memory outside them
 * (a stability of -5 or 1e308, a difficulty of -100) makes ts-fsrs throw on the card's next review, for
 * good; such a memory can only come from outside (an import), and is refused there.
 */
const memoryBounds = {
  /** Days; FSRS's own limits. */
  stability: { min: S_MIN, max: S_MAX },
  difficulty: { min: 1, max: 10 },
  /** Elapsed and scheduled days: never more than the longest stability. */
  days: { min: 0, max: S_MAX },
  /** Same-day learning steps: ts-fsrs counts a handful at most. */
  learningSteps: { max: 100 },
  /** Reviews of one card: decades of daily practice stay far below this. */
  reps: { max: 100_000 },
} as const;

type Figures = Pick<
  CardMemory,
  'stability' | 'difficulty' | 'elapsedDays' | 'scheduledDays' | 'learningSteps'
>;

const within = (value: number, range: { min: number; max: number }) =>
  Number.isFinite(value) && value >= range.min && value <= range.max;

function figuresProblem(figures: Figures, state: CardMemory['state']): string | undefined {
  const { stability, difficulty } = memoryBounds;
  // A card never reviewed has no stability or difficulty yet: ts-fsrs's empty card holds 0 and 0.
  const unset = state === 'new' && figures.stability === 0 && figures.difficulty === 0;
  if (!unset && !within(figures.stability, stability))
    return `stability ${figures.stability} is outside ${stability.min} to ${stability.max} days`;
  if (!unset && !within(figures.difficulty, difficulty))
    return `difficulty ${figures.difficulty} is outside ${difficulty.min} to ${difficulty.max}`;
  for (const [name, value] of [
    ['elapsedDays', figures.elapsedDays],
    ['scheduledDays', figures.scheduledDays],
  ] as const) {
    if (!within(value, memoryBounds.days))
      return `${name} ${value} is outside ${memoryBounds.days.min} to ${memoryBounds.days.max}`;
  }
  if (
    !Number.isInteger(figures.learningSteps) ||
    !within(figures.learningSteps, { min: 0, ...memoryBounds.learningSteps })
  )
    return `learningSteps ${figures.learningSteps} is not a whole number from 0 to ${memoryBounds.learningSteps.max}`;
  return undefined;
}

/** Why FSRS could not schedule this memory, or undefined when it can. */
export function memoryProblem(memory: CardMemory): string | undefined {
  const figures = figuresProblem(memory, memory.state);
  if (figures) return figures;
  const { reps } = memoryBounds;
  for (const [name, value] of [
    ['reps', memory.reps],
    ['lapses', memory.lapses],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > reps.max)
      return `${name} ${value} is not a whole number from 0 to ${reps.max}`;
  }
  if (memory.lapses > memory.reps) return `lapses (${memory.lapses}) exceed reps (${memory.reps})`;
  if (memory.state !== 'new' && memory.lastReview === undefined)
    return `a card in state ${memory.state} has been reviewed, but lastReview is missing`;
  return undefined;
}

/** Why a review's log holds figures no review could have recorded, or undefined. */
export function reviewLogProblem(log: ReviewLog): string | undefined {
  return figuresProblem(log, log.state);
}
