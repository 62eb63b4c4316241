import { contentPairs } from './content-words.js';
import { meaningClusters } from './meaning-clusters.js';
import type { PreparedResponse } from './originality-features.js';
import type { ObjectNorm } from './originality-norms.js';

/** A response with its human originality rating (1–5), as in a rated data set. */
export interface RatedResponse {
  response: PreparedResponse;
  rating: number;
}

/** Centroids per object: about one per eight responses, at most this many. */
const MAX_CLUSTERS = 128;

/** Kinds of use per object: coarse enough that a kind is a category a rater would name. */
const KINDS_OF_USE = 12;

/**
 * The norm of each object from rated responses: word and pair counts (pairs seen once dropped, so no
 * response can be read back from them), meaning clusters, the mean rating.
 */
export function buildObjectNorms(rated: readonly RatedResponse[]): Map<string, ObjectNorm> {
  const byObject = new Map<string, RatedResponse[]>();
  for (const item of rated) {
    const group = byObject.get(item.response.objectKey);
    if (group) group.push(item);
    else byObject.set(item.response.objectKey, [item]);
  }
  const norms = new Map<string, ObjectNorm>();
  for (const [key, group] of byObject) {
    const words = new Map<string, number>();
    const pairs = new Map<string, number>();
    for (const { response } of group) {
      for (const word of response.words) words.set(word, (words.get(word) ?? 0) + 1);
      for (const pair of contentPairs(response.words)) pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
    for (const [pair, count] of pairs) if (count < 2) pairs.delete(pair);
    const clusters = Math.min(MAX_CLUSTERS, Math.max(1, Math.round(group.length / 8)));
    norms.set(key, {
      responses: group.length,
      meanRating: group.reduce((sum, item) => sum + item.rating, 0) / group.length,
      words,
      pairs,
      clusters: meaningClusters(
        group.map((item) => item.response.vector),
        clusters,
      ),
      kinds: meaningClusters(
        group.map((item) => item.response.vector),
        KINDS_OF_USE,
      ),
    });
  }
  return norms;
}

/**
 * Ordinary least squares: the coefficients b minimising |X b − y|², by the normal equations
 * (a handful of columns, so Gaussian elimination with partial pivoting is plenty).
 */
export function leastSquares(rows: readonly (readonly number[])[], targets: readonly number[]): number[] {
  const width = rows[0]?.length ?? 0;
  const a = Array.from({ length: width }, () => new Array<number>(width + 1).fill(0));
  rows.forEach((row, r) => {
    for (let i = 0; i < width; i++) {
      for (let j = 0; j < width; j++) a[i]![j]! += row[i]! * row[j]!;
      a[i]![width]! += row[i]! * targets[r]!;
    }
  });
  for (let col = 0; col < width; col++) {
    let pivot = col;
    for (let r = col + 1; r < width; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = 0; r < width; r++) {
      if (r === col) continue;
      const factor = a[r]![col]! / a[col]![col]!;
      for (let c = col; c <= width; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[width]! / row[i]!);
}
