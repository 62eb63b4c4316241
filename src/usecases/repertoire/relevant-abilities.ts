import type { Ability } from '../../domain/ability.js';
import { nearest, VectorMatrix } from '../../domain/vector.js';

interface RelevantAbility {
  ability: Ability;
  similarity: number;
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
