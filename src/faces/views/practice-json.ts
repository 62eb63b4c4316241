import type { DueCard } from '../../domain/ports/practice-store.js';
import type { CardSource } from '../../usecases/cards/card-source.js';
import type { DueQueue } from '../../usecases/practice/due-queue.js';
import type { ReviewOutcome } from '../../usecases/practice/review-card.js';
import type { UndoOutcome } from '../../usecases/practice/undo-review.js';
import { cardSourceJson } from './card-json.js';

/** A due card with its trick and ability, as `chops practice --json` lists it, and where it came from. */
export function dueCardJson(item: DueCard, sourceOf?: (card: DueCard['card']) => CardSource) {
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
  };
}

export function dueQueueJson(queue: DueQueue, now: Date, sourceOf?: (card: DueCard['card']) => CardSource) {
  return {
    now: now.toISOString(),
    total: queue.total,
    nextDue: queue.nextDue?.toISOString() ?? null,
    today: queue.today ?? null,
    cards: queue.cards.map((item) => dueCardJson(item, sourceOf)),
  };
}

/** One review, as `chops practice --answer --json` prints it. */
export function reviewJson(outcome: ReviewOutcome) {
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
