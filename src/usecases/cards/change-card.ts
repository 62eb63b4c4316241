import { NotFoundError, UserInputError } from '../../domain/errors/index.js';
import type { Card } from '../../domain/practice/card.js';
import { maxCardTextLength } from '../../domain/practice/card.js';
import { type CardChange, type CardChangeKind, cardSnapshot } from '../../domain/practice/card-change.js';
import { boundedText } from '../../domain/practice/trick.js';
import type { CardDeps } from './card-deps.js';

/** What a person may change on a card: its text, and whether it is suspended. */
interface CardEdit {
  prompt?: string | undefined;
  answer?: string | undefined;
  /** An empty check removes it. */
  check?: string | undefined;
}

interface CardChangeOutcome {
  /** The card as it is now; undefined once deleted. */
  card: Card | undefined;
  change: CardChange;
}

function requireCard(cardId: string, deps: CardDeps): Card {
  const card = deps.practice.getCard(cardId.trim());
  if (!card) throw new NotFoundError(`no card "${cardId}" (see chops practice --json)`);
  return card;
}

function record(deps: CardDeps, kind: CardChangeKind, before: Card, after: Card | undefined): CardChange {
  const change: CardChange = {
    id: deps.generateId(),
    cardId: before.id,
    change: kind,
    before: cardSnapshot(before),
    ...(after ? { after: cardSnapshot(after) } : {}),
    changedAt: deps.clock.now(),
  };
  deps.choices.insertCardChange(change);
  return change;
}

/**
 * Rewrites a card's text (a model's card may carry a visible self-correction: "C moves down to Bb? No:
 * …"). Its memory is kept: it is the same card, better worded. The change and the earlier text go into
 * the card's history in the same transaction.
 */
export function editCard(input: { cardId: string } & CardEdit, deps: CardDeps): CardChangeOutcome {
  const before = requireCard(input.cardId, deps);
  if (input.prompt === undefined && input.answer === undefined && input.check === undefined)
    throw new UserInputError('say what to change: a prompt, an answer or a check');
  const check =
    input.check === undefined
      ? before.check
      : boundedText(input.check, 'card check', maxCardTextLength, true) || undefined;
  const after: Card = {
    ...before,
    prompt:
      input.prompt === undefined
        ? before.prompt
        : boundedText(input.prompt, 'card prompt', maxCardTextLength),
    answer:
      input.answer === undefined
        ? before.answer
        : boundedText(input.answer, 'card answer', maxCardTextLength),
    check,
  };
  if (check === undefined) delete after.check;
  return deps.practice.transaction(() => {
    deps.choices.updateCardText(after);
    return { card: after, change: record(deps, 'edit', before, after) };
  });
}

/**
 * Suspends a card (never due, left out of mastery) or brings it back. Saying what is already so is no
 * change and is not recorded.
 */
export function setCardSuspended(input: { cardId: string; suspended: boolean }, deps: CardDeps) {
  const before = requireCard(input.cardId, deps);
  if (before.suspended === input.suspended) return { card: before, change: undefined };
  const after: Card = { ...before, suspended: input.suspended };
  return deps.practice.transaction(() => {
    deps.practice.updateCard(after);
    return { card: after, change: record(deps, input.suspended ? 'suspend' : 'unsuspend', before, after) };
  });
}

/** Deletes a card and its reviews; the history keeps what it said. */
export function deleteCard(input: { cardId: string }, deps: CardDeps): CardChangeOutcome {
  const before = requireCard(input.cardId, deps);
  return deps.practice.transaction(() => {
    const change = record(deps, 'delete', before, undefined);
    deps.choices.deleteCard(before.id);
    return { card: undefined, change };
  });
}
