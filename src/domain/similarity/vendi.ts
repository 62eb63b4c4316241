import type { Vector } from '../vector.js';

/**
 * The Vendi score (Friedman & Dieng 2023) of a set of vectors: the exponential of the Shannon entropy
 * of the eigenvalues of K / n, where K holds the cosines of the vectors less `centre`. It is the
 * effective number of distinct items: 1 when all are alike, n when all are orthogonal. Removing the
 * embedder's common component first keeps its baseline similarity from making every set look alike.
 * Undefined for fewer than two vectors; vectors that are all zero after centring count as alike.
 */
export function vendiScore(vectors: readonly Vector[], centre?: Vector): number | undefined {
  const n = vectors.length;
  if (n < 2) return undefined;
  const rows = vectors.map((vector) => unitCentred(vector, centre));
  const kernel = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : dot(rows[i]!, rows[j]!)) / n),
  );
  let entropy = 0;
  for (const value of symmetricEigenvalues(kernel)) if (value > 1e-12) entropy -= value * Math.log(value);
  return Math.exp(entropy);
}

function unitCentred(vector: Vector, centre: Vector | undefined): Float64Array {
  const out = Float64Array.from(vector, (value, d) => value - (centre?.[d] ?? 0));
  const length = Math.hypot(...out);
  // A vector equal to the centre says nothing of its own; a fixed direction makes it match its like.
  if (length < 1e-9) return out.fill(0).fill(1, 0, 1);
  return out.map((value) => value / length);
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
}

/** Eigenvalues of a small symmetric matrix by cyclic Jacobi rotations (n ≤ a few dozen). */
export function symmetricEigenvalues(matrix: readonly (readonly number[])[]): number[] {
  const a = matrix.map((row) => [...row]);
  const n = a.length;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
      }
    }
  }
  return a.map((row, i) => row[i]!);
}
