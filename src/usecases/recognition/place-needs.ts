import type { Ability } from '../../domain/ability.js';
import { compactName, nameKey } from '../../domain/ability-name.js';
import type { Need } from '../../domain/idea.js';
import { reachOf } from '../../domain/idea-metrics.js';
import { plausiblySame, type RepertoireIndex } from '../../domain/recognition.js';

/** A need as the model wrote it, with the listed ability it claims to be (unchecked). */
interface ClaimedNeed {
  name: string;
  how: string;
  is?: string | undefined;
}

/** What placing needs taught chops beyond the statuses: names to keep as aliases, claims it refused. */
export interface PlacementLog {
  /** A model's name chops recognised as an ability under another name. */
  matched: { abilityId: string; name: string }[];
  /** Claims that named no listed ability, or one the need plausibly is not. */
  refused: { name: string; claimed: string }[];
}

export const emptyLog = (): PlacementLog => ({ matched: [], refused: [] });

/**
 * Each need placed against the repertoire by chops itself. Its own judgement comes first (name, alias,
 * abbreviation, meaning); a model's claim that a need is a listed ability is taken only when that
 * ability was listed to it and the two are plausibly one by chops's own measures. Either way the status
 * (own, lent, new) comes from the repertoire, never from the model.
 */
export function placeNeeds(
  needs: readonly ClaimedNeed[],
  vectors: readonly (Float32Array | undefined)[],
  repertoire: RepertoireIndex,
  listed: readonly Ability[],
  log: PlacementLog,
  claimSimilarity?: number,
): { needs: Need[]; reach: number } {
  const placed = needs.map((need, i): Need => {
    const vector = vectors[i];
    const ability =
      repertoire.match(need.name, vector)?.ability ??
      checkedClaim(need, vector, repertoire, listed, log, claimSimilarity);
    if (!ability) return { name: need.name, how: need.how, status: 'new' };
    if (nameKey(ability.name) !== nameKey(need.name) && !log.matched.some((m) => m.name === need.name))
      log.matched.push({ abilityId: ability.id, name: need.name });
    const status = ability.status === 'own' ? 'own' : 'lent';
    return { name: ability.name, how: need.how, status, abilityId: ability.id };
  });
  return { needs: placed, reach: reachOf(placed) };
}

function checkedClaim(
  need: ClaimedNeed,
  vector: Float32Array | undefined,
  repertoire: RepertoireIndex,
  listed: readonly Ability[],
  log: PlacementLog,
  claimSimilarity: number | undefined,
): Ability | undefined {
  if (!need.is) return undefined;
  const keys = [nameKey(need.is), compactName(need.is)];
  const claimed = listed.find(
    (ability) =>
      keys.includes(ability.key) ||
      keys.includes(compactName(ability.name)) ||
      (ability.aliases ?? []).some((alias) => keys.includes(nameKey(alias))),
  );
  const current = claimed && repertoire.get(claimed.id);
  if (
    current &&
    plausiblySame(
      need.name,
      vector,
      current,
      repertoire.vectorOf(current.id),
      claimSimilarity ?? repertoire.claimFloor,
    )
  )
    return current;
  log.refused.push({ name: need.name, claimed: need.is });
  return undefined;
}
