import type { Card } from './card.js';

export const cardChangeKinds = ['edit', 'suspend', 'unsuspend', 'delete'] as const;
export type CardChangeKind = (typeof cardChangeKinds)[number];

/** What a card's text is: the part a person may edit. */
export interface CardText {
  prompt: string;
  answer: string;
  check?: string | undefined;
}

/** One change a person made to a card by hand, with the card before and after (none after a delete). */
export interface CardChange {
  id: string;
  cardId: string;
  change: CardChangeKind;
  before: CardText & { suspended: boolean };
  after?: (CardText & { suspended: boolean }) | undefined;
  changedAt: Date;
}

/** The editable part of a card, as a change records it. */
export function cardSnapshot(card: Card): CardText & { suspended: boolean } {
  return {
    prompt: card.prompt,
    answer: card.answer,
    ...(card.check !== undefined ? { check: card.check } : {}),
    suspended: card.suspended,
  };
}
