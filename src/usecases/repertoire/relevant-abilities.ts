import type { Ability } from '../../domain/ability.js';
import { cosine } from '../../domain/vector.js';
import { abilityVectors } from './ability-vectors.js';
import type { RepertoireDeps } from './repertoire-deps.js';

export interface RelevantAbility {
  ability: Ability;
  similarity: number;
}

/**
 * The abilities most related to a text (a goal), at most `limit` of them, so that a prompt carries a
 * bounded slice of the repertoire however large it grows.
 */
export async function relevantAbilities(
  text: string,
  options: { limit: number; domain?: string | undefined },
  deps: Pick<RepertoireDeps, 'store' | 'vectors' | 'embedder'>,
): Promise<RelevantAbility[]> {
  const abilities = deps.store.listAbilities({ domain: options.domain });
  if (abilities.length === 0 || options.limit <= 0) return [];
  const vectors = await abilityVectors(abilities, deps);
  const [query] = await deps.embedder.embed([text]);
  const scored = abilities.map((ability) => ({
    ability,
    similarity: cosine(query!, vectors.get(ability.id)!),
  }));
  scored.sort((a, b) => b.similarity - a.similarity || a.ability.name.localeCompare(b.ability.name));
  return scored.slice(0, options.limit);
}
