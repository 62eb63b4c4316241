import { AbilityIndex } from '../../domain/deduplication.js';
import type { Idea, IdeaSet, Need } from '../../domain/idea.js';
import { reachOf } from '../../domain/idea-metrics.js';
import type { RepertoireStore } from '../../domain/ports/repertoire-store.js';
import { RepertoireIndex } from '../../domain/recognition.js';

/**
 * The set an idea belongs to, decided from its needs: solo only when every need is the person's own at
 * this moment, whichever call of the model it came from. An idea that lists no needs at all gives
 * nothing to decide by, and stays in the set it was asked for (`asked`).
 */
export function setOf(needs: readonly Need[], asked: IdeaSet): IdeaSet {
  if (needs.length === 0) return asked;
  return reachOf(needs) === 0 ? 'solo' : 'reach';
}

/**
 * A need as it stands now: the ability it was placed on, with that ability's current status and name,
 * or (for a need chops could not place then) the ability it now is by name or alias. Meaning is not
 * consulted here (no vectors): it is cheap enough for every listing.
 */
export function needNow(need: Need, repertoire: RepertoireIndex): Need {
  const ability =
    (need.abilityId ? repertoire.get(need.abilityId) : undefined) ?? repertoire.byName(need.name);
  if (!ability) return { name: need.name, how: need.how, status: 'new' };
  return {
    name: ability.name,
    how: need.how,
    status: ability.status === 'own' ? 'own' : 'lent',
    abilityId: ability.id,
  };
}

/** Ideas as they stand now: statuses, reach and set from today's repertoire, not the day they were made. */
export function ideasNow(ideas: readonly Idea[], repertoire: RepertoireIndex): Idea[] {
  return ideas.map((idea) => {
    const needs = idea.needs.map((need) => needNow(need, repertoire));
    return { ...idea, needs, reach: reachOf(needs), set: setOf(needs, idea.set) };
  });
}

// Without vectors only names, aliases and initials match: no similarity threshold is ever reached.
const byNameOnly = { sameAbility: 2, sameAbilityOtherWords: 2 };

/**
 * Ideas as they stand now, from the store alone (names and aliases, no vectors): what `chops ideas`,
 * `chops idea` and the web show.
 */
export function ideasAsTheyStand(ideas: readonly Idea[], store: RepertoireStore): Idea[] {
  if (ideas.length === 0) return [];
  const abilities = store.listAbilities().map((ability) => ({ ability }));
  return ideasNow(
    ideas,
    new RepertoireIndex(new AbilityIndex(abilities, byNameOnly), abilities, store.listAliases()),
  );
}
