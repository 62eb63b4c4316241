import type { Ability } from '../../domain/ability.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import type { VectorStore } from '../../domain/ports/vector-store.js';

/**
 * The name vectors of these abilities under the current embedding model, embedding (and storing) those
 * that have none yet, as after a change of embedding model. Vectors of other models are never used.
 */
export async function abilityVectors(
  abilities: readonly Ability[],
  deps: { vectors: VectorStore; embedder: Embedder },
): Promise<Map<string, Float32Array>> {
  const model = deps.embedder.model;
  const known = deps.vectors.getVectors(
    'ability',
    model,
    abilities.map((a) => a.id),
  );
  const missing = abilities.filter((a) => !known.has(a.id));
  if (missing.length > 0) {
    const fresh = await deps.embedder.embed(missing.map((a) => a.name));
    missing.forEach((ability, i) => {
      const vector = fresh[i]!;
      deps.vectors.putVector('ability', ability.id, model, vector);
      known.set(ability.id, vector);
    });
  }
  return known;
}
