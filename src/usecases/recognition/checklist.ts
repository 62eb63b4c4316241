import type { Ability } from '../../domain/ability.js';
import { nameKey } from '../../domain/ability-name.js';
import type { Idea } from '../../domain/idea.js';
import type { IdeaStore } from '../../domain/ports/idea-store.js';
import { plausiblySame, type RepertoireIndex } from '../../domain/recognition.js';
import type { RepertoireDeps } from '../repertoire/repertoire-deps.js';
import { repertoireIndex } from '../repertoire/repertoire-index.js';
import { ideasNow } from './needs-now.js';

/** One line of "Can you already do these?": a need chops could not place. */
export interface ToConfirm {
  name: string;
  /** How many of the goal's ideas need it. */
  neededBy: number;
  /** How many of them would become solo ideas if the person can do it. */
  completes: number;
  /** An ability of the person's it plausibly is ("western blotting": your "westerns"?). */
  sameAs?: Ability | undefined;
}

/** Few enough to answer in a minute: recognising is easy, but not by the hundred. */
export const checklistLength = 8;

export type ChecklistDeps = RepertoireDeps & { ideas: IdeaStore; claimSimilarity?: number };

/**
 * The needs of these ideas that chops could not place, as a short checklist, most relevant first: those
 * that would turn an idea solo, then those most ideas need. Abilities the person said "not yet" to are
 * not asked again. Each may carry the person's ability it plausibly is.
 */
export async function toConfirm(
  ideas: readonly Idea[],
  deps: ChecklistDeps,
  limit = checklistLength,
  /** The repertoire's index, when the caller has just built it. */
  known?: RepertoireIndex,
): Promise<ToConfirm[]> {
  const index = known ?? (await repertoireIndex(deps)).index;
  const notYet = new Set(deps.store.listNotYet().map((entry) => entry.key));
  const items = new Map<string, ToConfirm & { order: number }>();
  for (const idea of ideasNow(ideas, index)) {
    const unplaced = idea.needs.filter((need) => need.status === 'new');
    const missing = idea.needs.filter((need) => need.status !== 'own').length;
    for (const need of unplaced) {
      const key = nameKey(need.name);
      if (key === '' || notYet.has(key)) continue;
      const item = items.get(key) ?? { name: need.name, neededBy: 0, completes: 0, order: items.size };
      item.neededBy++;
      if (missing === 1) item.completes++;
      items.set(key, item);
    }
  }
  const ranked = [...items.values()]
    .sort((a, b) => b.completes - a.completes || b.neededBy - a.neededBy || a.order - b.order)
    .slice(0, Math.max(0, limit))
    .map(({ order: _order, ...item }) => item);
  return withSuggestions(ranked, index, deps);
}

/**
 * Each item with the person's own ability it plausibly is, if any (by chops's own measures: a shared
 * word, initials, or close vectors), so that recognising takes one answer.
 */
export async function withSuggestions(
  items: readonly ToConfirm[],
  index: RepertoireIndex,
  deps: Pick<ChecklistDeps, 'embedder' | 'store' | 'claimSimilarity'>,
): Promise<ToConfirm[]> {
  if (items.length === 0) return [];
  const vectors = await deps.embedder.embed(items.map((item) => item.name));
  const own = deps.store.listAbilities({ status: 'own' });
  const lowered = own.map((ability) => ability.name.toLowerCase());
  return items.map((item, i) => {
    const vector = vectors[i];
    const closest = vector ? index.index.closest(vector, 5).map((hit) => hit.ability) : [];
    // Only abilities whose name holds one of the item's words can share a word with it: a cheap test
    // first, so that a repertoire of thousands is not split into words for every item.
    const words = item.name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3);
    const wordy = own.filter((_, j) => words.some((w) => lowered[j]!.includes(w.slice(0, 5))));
    const sameAs = [...closest, ...wordy].find(
      (ability) =>
        ability.status === 'own' &&
        plausiblySame(
          item.name,
          vector,
          ability,
          index.vectorOf(ability.id),
          deps.claimSimilarity ?? index.claimFloor,
        ),
    );
    return sameAs ? { ...item, sameAs } : item;
  });
}

/** The checklist of one goal's ideas. */
export async function goalChecklist(goalId: string, deps: ChecklistDeps, limit?: number) {
  return toConfirm(deps.ideas.listIdeas({ goalId }), deps, limit);
}
