import type { Ability } from '../../domain/ability.js';
import { ModelError } from '../../domain/errors/index.js';
import type { AnswerChecker } from '../../domain/ports/answer-checker.js';
import type { DueCard } from '../../domain/ports/practice-store.js';
import type { Thinker } from '../../domain/ports/thinker.js';
import type { Rating } from '../../domain/practice/rating.js';
import { checkAnswer } from './check-answer.js';
import { dueQueue } from './due-queue.js';
import { gradeAnswer, type ProposedGrade } from './grade-answer.js';
import type { PracticeDeps } from './practice-deps.js';
import { type ReviewOutcome, reviewCard } from './review-card.js';
import { type UndoOutcome, undoReview } from './undo-review.js';

/** What the person did at a question: answered (or rated), asked to undo, or left. */
export type Step<T> = { kind: 'value'; value: T } | { kind: 'undo' } | { kind: 'quit' };

/**
 * The conversation a session has with the person; the CLI implements it over the terminal, tests
 * over scripted lines. Each ask resolves to `quit` when the person leaves (Ctrl-C, end of input).
 */
export interface SessionConversation {
  /** Shows a card's prompt; the text typed ('' just reveals the answer). */
  askAnswer(card: DueCard, place: { number: number; remaining: number }): Promise<Step<string>>;
  /** Shows the answer (and the model's proposal, if any); the person's rating. */
  askRating(card: DueCard, proposal: ProposedGrade | undefined): Promise<Step<Rating>>;
  reviewed(card: DueCard, outcome: ReviewOutcome, again: boolean): void;
  undone(outcome: UndoOutcome | undefined): void;
  /** The model could not grade: the person grades this one themselves. */
  gradingFailed(message: string): void;
}

interface SessionSummary {
  reviewed: number;
  promoted: Ability[];
  /** When the next card is due, after the session. */
  nextDue?: Date | undefined;
  /** Whether the session ended because the person left before the queue was done. */
  left: boolean;
}

/**
 * A review session over the due queue. Every review is committed as it is made, so leaving at any
 * moment loses nothing finished. A card left in same-day learning steps (rated again or hard, or new)
 * comes back before the session ends; `u` undoes the session's reviews one by one, newest first.
 */
export async function runPracticeSession(
  options: {
    limit?: number | undefined;
    domain?: string | undefined;
    thinker?: Thinker | undefined;
    /** Stops a grading in flight (Ctrl-C). */
    signal?: AbortSignal | undefined;
    /** Runs checked apply cards' checks on the answer, to propose their rating. */
    answerChecker?: AnswerChecker | undefined;
  },
  deps: PracticeDeps,
  conversation: SessionConversation,
): Promise<SessionSummary> {
  const queue = dueQueue(options, deps).cards;
  const done: { reviewId: string; card: DueCard }[] = [];
  const promoted = new Map<string, Ability>();
  let shown = 0;
  let left = false;

  const undo = (current: DueCard): void => {
    queue.unshift(current);
    const last = done.pop();
    if (!last) {
      conversation.undone(undefined);
      return;
    }
    const outcome = undoReview({ reviewId: last.reviewId }, deps);
    // The undone card is asked again next, with its restored memory; any copy queued by the review
    // (or being shown now) goes away, so that it is asked once.
    for (let i = queue.length - 1; i >= 0; i--)
      if (queue[i]!.card.id === last.card.card.id) queue.splice(i, 1);
    queue.unshift({ ...last.card, card: outcome.card });
    if (outcome.demoted) promoted.delete(outcome.demoted.id);
    conversation.undone(outcome);
  };

  while (queue.length > 0) {
    const current = queue.shift()!;
    const answer = await conversation.askAnswer(current, { number: ++shown, remaining: queue.length });
    if (answer.kind === 'quit') {
      left = true;
      break;
    }
    if (answer.kind === 'undo') {
      shown--;
      undo(current);
      continue;
    }
    const proposal =
      current.card.formatCheck && options.answerChecker
        ? await checkAnswer(
            { card: current.card, answer: answer.value, signal: options.signal },
            { answerChecker: options.answerChecker },
          )
        : await propose(current, answer.value, options, conversation, deps);
    if (options.signal?.aborted) {
      left = true;
      break;
    }
    const rating = await conversation.askRating(current, proposal);
    if (rating.kind === 'quit') {
      left = true;
      break;
    }
    if (rating.kind === 'undo') {
      shown--;
      undo(current);
      continue;
    }
    const outcome = reviewCard({ cardId: current.card.id, rating: rating.value, answer: answer.value }, deps);
    done.push({ reviewId: outcome.review.id, card: current });
    if (outcome.promoted) promoted.set(outcome.promoted.id, outcome.promoted);
    const again = outcome.comesBack;
    if (again) queue.push({ ...current, card: outcome.card });
    conversation.reviewed(current, outcome, again);
  }
  const nextDue = dueQueue({ limit: 1, domain: options.domain }, deps);
  return {
    reviewed: done.length,
    promoted: [...promoted.values()],
    nextDue: nextDue.cards[0]?.card.memory.due ?? nextDue.nextDue,
    left,
  };
}

async function propose(
  card: DueCard,
  answer: string,
  { thinker, signal }: { thinker?: Thinker | undefined; signal?: AbortSignal | undefined },
  conversation: SessionConversation,
  deps: PracticeDeps,
): Promise<ProposedGrade | undefined> {
  if (!thinker || answer.trim() === '') return undefined;
  try {
    return await gradeAnswer(
      { card: card.card, answer, person: deps.repertoire.getPerson(), ...(signal && { signal }) },
      { thinker },
    );
  } catch (error) {
    // One failed grading must not end the sitting: the person grades this card themselves.
    if (signal?.aborted) return undefined;
    if (error instanceof ModelError) {
      conversation.gradingFailed(error.message);
      return undefined;
    }
    throw error;
  }
}
