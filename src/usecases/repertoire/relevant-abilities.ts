import type { Ability } from '../../domain/ability.js';
import { nearest, VectorMatrix } from '../../domain/vector.js';
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
  const vectors = await abilityVectors(abilities, deps);
  const [query] = await deps.embedder.embed([text]);
  return mostSimilar(query!, abilities, vectors, options.limit);
}

/** The `limit` abilities whose (unit) vectors are closest to `query`, most similar first. */
export function mostSimilar(
  query: Float32Array,
  abilities: readonly Ability[],
  vectors: ReadonlyMap<string, Float32Array>,
  limit: number,
): RelevantAbility[] {
  const withVectors = abilities.filter((a) => vectors.has(a.id));
  if (withVectors.length === 0 || limit <= 0) return [];
  const matrix = VectorMatrix.fromRows(
    withVectors.map((a) => vectors.get(a.id)!),
    query.length,
  );
  return nearest(query, matrix, limit).map((hit) => ({
    ability: withVectors[hit.index]!,
    similarity: hit.score,
  }));
}
