import type { Need } from './idea.js';
import { cosine, type Vector } from './vector.js';

/** Share of an idea's needs that are not the person's own (0 when it has no needs). */
export function reachOf(needs: readonly Pick<Need, 'status'>[]): number {
  if (needs.length === 0) return 0;
  return needs.filter((need) => need.status !== 'own').length / needs.length;
}

/** 1 − the highest similarity to any earlier idea, in 0..1; 1 when there are no earlier ideas. */
export function noveltyOf(vector: Vector, earlier: readonly Vector[]): number {
  let highest = 0;
  for (const other of earlier) highest = Math.max(highest, cosine(vector, other));
  return clamp01(1 - highest);
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
