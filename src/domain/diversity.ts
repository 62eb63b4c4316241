import type { Calibration } from './similarity/calibration.js';
import { cosine, nearest, type Vector, type VectorMatrix } from './vector.js';

interface DiversityOptions {
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

/** Which candidates of one batch are kept, and why the others were not. */
interface RepeatSplit {
  /** Indexes of the candidates kept, in order. */
  kept: number[];
  /** Indexes of candidates that repeat an earlier idea (of an earlier goal or imagine). */
  repeats: number[];
  /** Indexes of candidates that say again what a candidate of the same batch already said. */
  duplicates: number[];
}

/**
 * Tells the candidates of one batch apart from what came before: a candidate at `repeatIdea` or above
 * of an earlier idea repeats it; one at `batchDuplicate` or above of a kept candidate of this batch (or
 * of `siblings`, ideas already kept for this goal) duplicates it. Thresholds come from the embedder's
 * calibration. Earlier ideas come as a matrix of unit vectors, scanned once per candidate.
 */
export function splitRepeats(
  candidates: readonly Vector[],
  earlier: { matrix: VectorMatrix | undefined; siblings?: readonly Vector[] },
  thresholds: Pick<Calibration, 'repeatIdea' | 'batchDuplicate'>,
): RepeatSplit {
  const split: RepeatSplit = { kept: [], repeats: [], duplicates: [] };
  const siblings = earlier.siblings ?? [];
  for (let i = 0; i < candidates.length; i++) {
    const vector = candidates[i]!;
    const closestEarlier = earlier.matrix ? (nearest(vector, earlier.matrix, 1)[0]?.score ?? 0) : 0;
    if (closestEarlier >= thresholds.repeatIdea) split.repeats.push(i);
    else if (
      siblings.some((sibling) => cosine(vector, sibling) >= thresholds.batchDuplicate) ||
      split.kept.some((k) => cosine(vector, candidates[k]!) >= thresholds.batchDuplicate)
    )
      split.duplicates.push(i);
    else split.kept.push(i);
  }
  return split;
}
