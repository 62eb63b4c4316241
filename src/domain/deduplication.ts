import type { Ability } from './ability.js';
import { compactName, isAcronymOf, nameKey } from './ability-name.js';
import { cosine } from './vector.js';

/**
 * How close two ability names' vectors must be to count as one ability. High on purpose: merging two
 * different abilities loses information silently, while a missed merge is visible and easy to fix.
 */
export const defaultMergeSimilarity = 0.9;

export interface DuplicateMatch {
  ability: Ability;
  reason: 'same name' | 'abbreviation' | 'similar meaning';
  /** Cosine similarity of the names' vectors, when that was the reason. */
  similarity?: number;
}

export interface Candidate {
  ability: Ability;
  vector?: Float32Array | undefined;
}

/**
 * Finds the ability that `name` already is, among abilities of one domain: the same normalised name,
 * an acronym of it (either way), or a name whose vector is at least `threshold` similar.
 */
export function findDuplicate(
  name: string,
  vector: Float32Array | undefined,
  candidates: readonly Candidate[],
  threshold = defaultMergeSimilarity,
): DuplicateMatch | undefined {
  const key = nameKey(name);
  const compact = compactName(name);
  const byName = candidates.find((c) => c.ability.key === key || compactName(c.ability.name) === compact);
  if (byName) return { ability: byName.ability, reason: 'same name' };
  const byAcronym = candidates.find(
    (c) => isAcronymOf(name, c.ability.name) || isAcronymOf(c.ability.name, name),
  );
  if (byAcronym) return { ability: byAcronym.ability, reason: 'abbreviation' };
  if (!vector) return undefined;
  let best: DuplicateMatch | undefined;
  for (const candidate of candidates) {
    if (!candidate.vector) continue;
    const similarity = cosine(vector, candidate.vector);
    if (similarity >= threshold && (!best || similarity > (best.similarity ?? 0))) {
      best = { ability: candidate.ability, reason: 'similar meaning', similarity };
    }
  }
  return best;
}
