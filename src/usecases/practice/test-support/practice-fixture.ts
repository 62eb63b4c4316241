import type { Ability, AbilityStatus } from '../../../domain/ability.js';
import type { PracticeStore } from '../../../domain/ports/practice-store.js';
import type { RepertoireStore } from '../../../domain/ports/repertoire-store.js';
import { type Card, newCard } from '../../../domain/practice/card.js';
import { newTrick, type Trick } from '../../../domain/practice/trick.js';
import { saveTricks } from '../save-tricks.js';

/** The stores a practice test writes to (one database). */
interface FixtureStores {
  practice: PracticeStore;
  repertoire: RepertoireStore;
}

export const fixtureStart = new Date('2026-03-02T09:00:00.000Z');

/** An ability as `chops imagine` or `make` would leave it: lent unless said otherwise. */
export function addAbility(
  stores: FixtureStores,
  id: string,
  options: { name?: string; domain?: string; status?: AbilityStatus } = {},
): Ability {
  const name = options.name ?? id;
  const ability: Ability = {
    id,
    name,
    key: name.toLowerCase(),
    domain: options.domain ?? 'jazz',
    kind: 'technique',
    summary: '',
    status: options.status ?? 'lent',
    createdAt: fixtureStart,
    updatedAt: fixtureStart,
  };
  stores.repertoire.insertAbility(ability);
  stores.repertoire.addAbilityEvent({ abilityId: id, status: ability.status, at: fixtureStart });
  return ability;
}

/** A trick with `count` cards (ids `<trickId>-c1`…), as `learn` would build them. */
export function trickWithCards(
  abilityId: string,
  trickId: string,
  count: number,
  now = fixtureStart,
): { trick: Trick; cards: Card[] } {
  const trick = newTrick(
    {
      abilityId,
      name: `trick ${trickId}`,
      explanation: 'why it works',
      example: 'C E G',
      format: 'abc',
    },
    trickId,
    now,
  );
  const cards = Array.from({ length: count }, (_, i) =>
    newCard(
      {
        trickId,
        abilityId,
        kind: i % 2 === 0 ? 'recall' : 'apply',
        prompt: `question ${i + 1} of ${trickId}`,
        answer: `answer ${i + 1}`,
      },
      `${trickId}-c${i + 1}`,
      now,
    ),
  );
  return { trick, cards };
}

/** Adds an ability and one trick with `count` cards through saveTricks, as learn does. */
export function seedAbilityWithCards(
  stores: FixtureStores,
  abilityId: string,
  count: number,
  options: { domain?: string; status?: AbilityStatus; now?: Date } = {},
): Card[] {
  const now = options.now ?? fixtureStart;
  addAbility(stores, abilityId, options);
  const { trick, cards } = trickWithCards(abilityId, `${abilityId}-t`, count, now);
  saveTricks([trick], cards, { ...stores, clock: { now: () => now } });
  return cards;
}
