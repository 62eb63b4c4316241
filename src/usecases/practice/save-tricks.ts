import type { Ability } from '../../domain/ability.js';
import { NotFoundError, UserInputError } from '../../domain/errors/index.js';
import type { Card } from '../../domain/practice/card.js';
import type { Trick } from '../../domain/practice/trick.js';
import type { PracticeDeps } from './practice-deps.js';

export interface SaveTricksResult {
  /** Tricks stored, with their cards. */
  saved: { trick: Trick; cards: Card[] }[];
  /** Tricks left out because the ability already holds one of the same name (or the batch did). */
  skipped: { trick: Trick; existing: Trick }[];
  /** Abilities that became `learning` because they got cards. */
  nowLearning: Ability[];
}

/**
 * Stores new tricks with their cards in one transaction (all or nothing), skipping any trick the
 * ability already holds, and makes every ability that got cards `learning` (with an ability event)
 * unless it is already the person's own. Build tricks and cards with `newTrick` and `newCard`.
 */
export function saveTricks(
  tricks: readonly Trick[],
  cards: readonly Card[],
  deps: Pick<PracticeDeps, 'practice' | 'repertoire' | 'clock'>,
): SaveTricksResult {
  const cardsOf = groupCards(tricks, cards);
  const now = deps.clock.now();
  return deps.practice.transaction(() => {
    const result: SaveTricksResult = { saved: [], skipped: [], nowLearning: [] };
    const batch = new Map<string, Trick>();
    const abilities = new Map<string, Ability>();
    for (const trick of tricks) {
      const ability = abilities.get(trick.abilityId) ?? deps.repertoire.getAbility(trick.abilityId);
      if (!ability)
        throw new NotFoundError(`no ability with id "${trick.abilityId}" for trick "${trick.name}"`);
      abilities.set(ability.id, ability);
      const existing =
        batch.get(`${trick.abilityId}\u0000${trick.key}`) ??
        deps.practice.findTrick(trick.abilityId, trick.key);
      if (existing) {
        result.skipped.push({ trick, existing });
        continue;
      }
      batch.set(`${trick.abilityId}\u0000${trick.key}`, trick);
      result.saved.push({ trick, cards: cardsOf.get(trick.id) ?? [] });
    }
    deps.practice.insertTricks(
      result.saved.map((s) => s.trick),
      result.saved.flatMap((s) => s.cards),
    );
    const gotCards = [...abilities.values()].filter((ability) =>
      result.saved.some((s) => s.trick.abilityId === ability.id && s.cards.length > 0),
    );
    result.nowLearning.push(...markLearning(gotCards, now, deps));
    return result;
  });
}

/**
 * Makes abilities that just got cards `learning` (with an ability event), unless they are already
 * learning or the person's own; returns those it changed. Call inside the transaction that adds the cards.
 */
export function markLearning(
  abilities: readonly Ability[],
  now: Date,
  deps: Pick<PracticeDeps, 'repertoire'>,
): Ability[] {
  const changed: Ability[] = [];
  for (const ability of abilities) {
    if (ability.status === 'own' || ability.status === 'learning') continue;
    const learning: Ability = { ...ability, status: 'learning', updatedAt: now };
    deps.repertoire.updateAbility(learning);
    deps.repertoire.addAbilityEvent({ abilityId: ability.id, status: 'learning', at: now });
    changed.push(learning);
  }
  return changed;
}

// Every card must belong to a trick of the batch and share its ability: a stray card is a bug in learn.
function groupCards(tricks: readonly Trick[], cards: readonly Card[]): Map<string, Card[]> {
  const byId = new Map(tricks.map((trick) => [trick.id, trick]));
  const grouped = new Map<string, Card[]>();
  for (const card of cards) {
    const trick = byId.get(card.trickId);
    if (!trick)
      throw new UserInputError(`card ${card.id} names trick ${card.trickId}, which is not being saved`);
    if (card.abilityId !== trick.abilityId)
      throw new UserInputError(`card ${card.id} is for another ability than its trick "${trick.name}"`);
    grouped.set(trick.id, [...(grouped.get(trick.id) ?? []), card]);
  }
  return grouped;
}
