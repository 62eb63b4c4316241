import type { PracticeStore } from '../../domain/ports/practice-store.js';
import type { Card } from '../../domain/practice/card.js';
import type { Trick } from '../../domain/practice/trick.js';

/** The tricks already learned from an artifact, each with its cards, in the order they were kept. */
export function learnedFrom(
  artifactId: string,
  practice: Pick<PracticeStore, 'listTricks' | 'listCards'>,
): { trick: Trick; cards: Card[] }[] {
  return practice
    .listTricks({ artifactId })
    .map((trick) => ({ trick, cards: practice.listCards({ trickId: trick.id }) }));
}
