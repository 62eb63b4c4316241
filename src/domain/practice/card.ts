import { UserInputError } from '../errors/index.js';
import type { CardCheck } from './card-check.js';
import type { DrillCell } from './drill-cell.js';
import { type CardMemory, newMemory } from './memory.js';
import { boundedText } from './trick.js';

/** recall: a question and its answer; apply: a small task and a model answer (or a check). */
export const cardKinds = ['recall', 'apply'] as const;
export type CardKind = (typeof cardKinds)[number];

/** One practice card of a trick, scheduled by FSRS. */
export interface Card {
  id: string;
  trickId: string;
  /** The trick's ability, kept on the card so that mastery and the due queue need no join. */
  abilityId: string;
  kind: CardKind;
  prompt: string;
  answer: string;
  /** For apply cards: how to tell that an answer works, when a model answer is not the only one. */
  check?: string | undefined;
  /** For checked apply cards: the check in the artifact's format that proposes the rating. */
  formatCheck?: CardCheck | undefined;
  /** For a drill's cards: the key and tempo of this cell. */
  drill?: DrillCell | undefined;
  memory: CardMemory;
  /** A suspended card is never due and does not count towards mastery. */
  suspended: boolean;
  createdAt: Date;
}

export interface CardInput {
  trickId: string;
  abilityId: string;
  kind: CardKind;
  prompt: string;
  answer: string;
  check?: string | undefined;
  formatCheck?: CardCheck | undefined;
  drill?: DrillCell | undefined;
}

export const maxCardTextLength = 4000;

/** A new card, due at once, from (model-made) text; `id` and `now` are passed in. */
export function newCard(input: CardInput, id: string, now: Date): Card {
  if (!(cardKinds as readonly string[]).includes(input.kind))
    throw new UserInputError(`card kind must be one of ${cardKinds.join(', ')}, not "${input.kind}"`);
  const check =
    input.check === undefined ? '' : boundedText(input.check, 'card check', maxCardTextLength, true);
  return {
    id,
    trickId: input.trickId,
    abilityId: input.abilityId,
    kind: input.kind,
    prompt: boundedText(input.prompt, 'card prompt', maxCardTextLength),
    answer: boundedText(input.answer, 'card answer', maxCardTextLength),
    ...(check !== '' ? { check } : {}),
    ...(input.formatCheck ? { formatCheck: input.formatCheck } : {}),
    ...(input.drill ? { drill: input.drill } : {}),
    memory: newMemory(now),
    suspended: false,
    createdAt: now,
  };
}
