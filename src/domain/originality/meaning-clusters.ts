import { dot } from '../vector.js';
import type { MeaningClusters } from './originality-norms.js';

/**
 * Spherical k-means over unit vectors: where responses gather in meaning, as centroids with counts.
 * Deterministic: the first centroids are evenly spaced members. Zero vectors (texts the embedder knew
 * nothing of) are counted in a cluster of their own with a zero centroid.
 */
export function meaningClusters(
  vectors: readonly Float32Array[],
  clusters: number,
  rounds = 15,
): MeaningClusters {
  const known = vectors.filter((vector) => dot(vector, vector) > 0);
  const unknown = vectors.length - known.length;
  const k = Math.min(clusters, known.length);
  const dims = vectors[0]?.length ?? 0;
  let centroids: Float32Array[] = Array.from({ length: k }, (_, i) =>
    Float32Array.from(known[Math.floor((i * known.length) / k)]!),
  );
  let assignment: Int32Array = new Int32Array(known.length);
  for (let round = 0; round < rounds; round++) {
    assignment = assign(known, centroids);
    const sums = Array.from({ length: k }, () => new Float32Array(dims));
    known.forEach((vector, i) => {
      const sum = sums[assignment[i]!]!;
      for (let d = 0; d < dims; d++) sum[d]! += vector[d]!;
    });
    centroids = sums.map((sum, c) => (dot(sum, sum) > 0 ? unit(sum) : centroids[c]!));
  }
  assignment = assign(known, centroids);
  const counts = new Array<number>(k).fill(0);
  for (const c of assignment) counts[c]!++;
  const kept = centroids.map((vector, c) => ({ vector, count: counts[c]! })).filter((c) => c.count > 0);
  if (unknown > 0) kept.push({ vector: new Float32Array(dims), count: unknown });
  return { vectors: kept.map((c) => c.vector), counts: kept.map((c) => c.count) };
}

function assign(vectors: readonly Float32Array[], centroids: readonly Float32Array[]): Int32Array {
  const assignment = new Int32Array(vectors.length);
  vectors.forEach((vector, i) => {
    let best = -Infinity;
    centroids.forEach((centroid, c) => {
      const similarity = dot(vector, centroid);
      if (similarity > best) {
        best = similarity;
        assignment[i] = c;
      }
    });
  });
  return assignment;
}

function unit(vector: Float32Array): Float32Array {
  const length = Math.sqrt(dot(vector, vector));
  return Float32Array.from(vector, (value) => value / length);
}
