import type { DueCard } from '../../domain/ports/practice-store.js';
import { type CardMemory, schedule } from '../../domain/practice/memory.js';
import { type Rating, ratings } from '../../domain/practice/rating.js';
import type { CardSource } from '../../usecases/cards/card-source.js';
import type { DueQueue } from '../../usecases/practice/due-queue.js';
import type { ProposedGrade } from '../../usecases/practice/grade-answer.js';
import type { ReviewOutcome } from '../../usecases/practice/review-card.js';
import type { UndoOutcome } from '../../usecases/practice/undo-review.js';
import { cardSourceJson } from './card-json.js';

/** When each rating would bring a card back, for rating buttons to show. */
function nextDueJson(memory: CardMemory, now: Date): Record<Rating, string> {
  return Object.fromEntries(
    ratings.map((rating) => [rating, schedule(memory, rating, now).memory.due.toISOString()]),
  ) as Record<Rating, string>;
}

/**
 * A due card with its trick and ability, as `chops practice --json` and GET /api/practice/queue list it:
 * where it came from, and when each rating would bring it back.
 */
function dueCardJson(item: DueCard, now: Date, sourceOf?: (card: DueCard['card']) => CardSource) {
  const { card } = item;
  return {
    id: card.id,
    ability: item.abilityName,
    abilityId: card.abilityId,
    domain: item.domain,
    trick: item.trickName,
    kind: card.kind,
    prompt: card.prompt,
    answer: card.answer,
    check: card.check ?? null,
    formatCheck: card.formatCheck ?? null,
    drill: card.drill ?? null,
    due: card.memory.due.toISOString(),
    state: card.memory.state,
    stability: card.memory.stability,
    reps: card.memory.reps,
    ...(sourceOf ? { source: cardSourceJson(sourceOf(card)) } : {}),
    next: nextDueJson(card.memory, now),
  };
}

export function dueQueueJson(queue: DueQueue, now: Date, sourceOf?: (card: DueCard['card']) => CardSource) {
  return {
    now: now.toISOString(),
    total: queue.total,
    nextDue: queue.nextDue?.toISOString() ?? null,
    today: queue.today ?? null,
    cards: queue.cards.map((item) => dueCardJson(item, now, sourceOf)),
  };
}

/**
 * A proposed rating for a typed answer, as POST /api/practice/grade (the model's) and /practice/check (the
 * card's check's) answer it; nothing is stored.
 */
export function proposedGradeJson(grade: ProposedGrade) {
  return {
    rating: grade.rating,
    reason: grade.reason,
    ...(grade.by ? { by: grade.by } : {}),
    ...(grade.problems ? { problems: grade.problems } : {}),
  };
}

/**
 * One review, as `chops practice --answer --json` prints it and POST /api/practice/reviews answers:
 * the card's new schedule, when each rating would bring it back if it is asked again this session, and
 * what its check proposed for `--response` (null when no check ran).
 */
export function reviewJson(outcome: ReviewOutcome, now: Date, proposal?: ProposedGrade) {
  return {
    reviewId: outcome.review.id,
    cardId: outcome.card.id,
    rating: outcome.review.rating,
    due: outcome.card.memory.due.toISOString(),
    state: outcome.card.memory.state,
    stability: outcome.card.memory.stability,
    promoted: outcome.promoted ? { id: outcome.promoted.id, name: outcome.promoted.name } : null,
    /** Whether the card comes back in this session (the session rule, decided by the use case). */
    comesBack: outcome.comesBack,
    next: nextDueJson(outcome.card.memory, now),
    proposal: proposal ? proposedGradeJson(proposal) : null,
  };
}

/** An undone review, as `chops practice --undo --json` prints it. */
export function undoJson(outcome: UndoOutcome) {
  return {
    reviewId: outcome.review.id,
    cardId: outcome.card.id,
    rating: outcome.review.rating,
    due: outcome.card.memory.due.toISOString(),
    demoted: outcome.demoted ? { id: outcome.demoted.id, name: outcome.demoted.name } : null,
  };
}
