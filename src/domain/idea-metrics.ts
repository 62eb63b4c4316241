import type { Need } from './idea.js';
import { cosine, nearest, type Vector, type VectorMatrix } from './vector.js';

/** Share of an idea's needs that are not the person's own (0 when it has no needs). */
export function reachOf(needs: readonly Pick<Need, 'status'>[]): number {
  if (needs.length === 0) return 0;
  return needs.filter((need) => need.status !== 'own').length / needs.length;
}

/**
 * 1 − the highest similarity to any earlier idea, in 0..1; 1 when there are no earlier ideas. Vectors
 * are unit length, so the matrix scan's dot products are the cosines.
 */
export function noveltyOf(vector: Vector, earlier: VectorMatrix | undefined): number {
  const [closest] = earlier ? nearest(vector, earlier, 1) : [];
  return clamp01(1 - Math.max(0, closest?.score ?? 0));
}

/** Mean pairwise cosine distance of a set of ideas; undefined with fewer than two. */
export function spreadOf(vectors: readonly Vector[]): number | undefined {
  if (vectors.length < 2) return undefined;
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      total += 1 - cosine(vectors[i]!, vectors[j]!);
      pairs++;
    }
  }
  return total / pairs;
}

/** Reach spread over solo spread; undefined when either is unknown or solo has no spread at all. */
export function gainOf(soloSpread: number | undefined, reachSpread: number | undefined): number | undefined {
  if (soloSpread === undefined || reachSpread === undefined || soloSpread <= 0) return undefined;
  return reachSpread / soloSpread;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
