import type { Card } from '../../domain/practice/card.js';
import type { CardChange } from '../../domain/practice/card-change.js';
import type { CardSource } from '../../usecases/cards/card-source.js';

/** Where a card came from, as every JSON shape that shows a card carries it. */
export function cardSourceJson(source: CardSource) {
  return source;
}

/** One card with its source and, when given, its history: `chops card --json` and GET /api/cards/:id. */
export function cardJson(card: Card, source: CardSource, history?: readonly CardChange[]) {
  return {
    id: card.id,
    kind: card.kind,
    prompt: card.prompt,
    answer: card.answer,
    check: card.check ?? null,
    suspended: card.suspended,
    due: card.memory.due.toISOString(),
    state: card.memory.state,
    stability: card.memory.stability,
    reps: card.memory.reps,
    source: cardSourceJson(source),
    ...(history ? { history: history.map(cardChangeJson) } : {}),
  };
}

function cardChangeJson(change: CardChange) {
  return {
    id: change.id,
    change: change.change,
    at: change.changedAt.toISOString(),
    before: change.before,
    after: change.after ?? null,
  };
}

/** A deleted card, as `chops card --delete --json` prints it and DELETE /api/cards/:id answers. */
export function cardDeletedJson(change: Pick<CardChange, 'cardId'>) {
  return { deleted: change.cardId };
}
