import type { Card } from '../../domain/practice/card.js';
import { isLeech } from '../../domain/practice/load.js';
import type { PracticeDeps } from './practice-deps.js';

/** A leech with what the person needs to recognise it. */
export interface Leech {
  card: Card;
  trickName: string;
}

/** Cards not suspended that have lapsed `leech-lapses` times or more, most lapses first. */
export function listLeeches(deps: Pick<PracticeDeps, 'practice' | 'leechLapses'>): Leech[] {
  const trickNames = new Map<string, string>();
  return deps.practice
    .listCards({})
    .filter((card) => !card.suspended && isLeech(card.memory, deps.leechLapses))
    .sort((a, b) => b.memory.lapses - a.memory.lapses)
    .map((card) => {
      if (!trickNames.has(card.trickId))
        trickNames.set(card.trickId, deps.practice.getTrick(card.trickId)?.name ?? '');
      return { card, trickName: trickNames.get(card.trickId)! };
    });
}

/**
 * Suspends every leech in one transaction: suspended cards are never due and leave mastery to the
 * ability's other cards. Their reviews stay in the log.
 */
export function suspendLeeches(deps: Pick<PracticeDeps, 'practice' | 'leechLapses'>): Leech[] {
  return deps.practice.transaction(() => {
    const leeches = listLeeches(deps);
    for (const leech of leeches) deps.practice.updateCard({ ...leech.card, suspended: true });
    return leeches.map((leech) => ({ ...leech, card: { ...leech.card, suspended: true } }));
  });
}
