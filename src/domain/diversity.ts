import { cosine, nearest, type Vector, type VectorMatrix } from './vector.js';

/** Similarity at or above which an idea counts as a repeat of another. */
export const nearDuplicateSimilarity = 0.92;

export interface DiversityOptions {
  /** How many to keep. */
  count: number;
  /** Weight of relevance to the goal against difference from the ideas already kept (0..1). */
  relevanceWeight?: number;
  /** The goal's vector, for relevance; without it only difference counts. */
  goal?: Vector | undefined;
}

/**
 * Maximal marginal relevance: keeps `count` candidates, each time the one that best balances relevance
 * to the goal against similarity to those already kept, so that the kept set is as varied as it can be
 * while staying on the goal. Returns indexes into `candidates`, in the order chosen.
 */
export function selectDiverse(candidates: readonly Vector[], options: DiversityOptions): number[] {
  const weight = options.relevanceWeight ?? 0.3;
  const relevance = candidates.map((v) => (options.goal ? cosine(v, options.goal) : 0));
  const chosen: number[] = [];
  const closest = candidates.map(() => Number.NEGATIVE_INFINITY);
  const wanted = Math.min(options.count, candidates.length);
  while (chosen.length < wanted) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < candidates.length; i++) {
      if (chosen.includes(i)) continue;
      const redundancy = chosen.length === 0 ? 0 : closest[i]!;
      const score = weight * relevance[i]! - (1 - weight) * redundancy;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    chosen.push(best);
    for (let i = 0; i < candidates.length; i++) {
      closest[i] = Math.max(closest[i]!, cosine(candidates[i]!, candidates[best]!));
    }
  }
  return chosen;
}

/**
 * Indexes of the candidates that repeat neither an earlier idea nor a candidate before them (at
 * `threshold` similarity or above). Earlier ideas come as a matrix of unit vectors, scanned once each.
 */
export function dropNearDuplicates(
  candidates: readonly Vector[],
  earlier: VectorMatrix | undefined,
  threshold = nearDuplicateSimilarity,
): number[] {
  const kept: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const vector = candidates[i]!;
    const closestEarlier = earlier ? (nearest(vector, earlier, 1)[0]?.score ?? 0) : 0;
    const repeats =
      closestEarlier >= threshold || kept.some((k) => cosine(vector, candidates[k]!) >= threshold);
    if (!repeats) kept.push(i);
  }
  return kept;
}
