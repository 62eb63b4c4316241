import { describe, expect, it } from 'vitest';
import { cosine, dot, nearest, norm, normalise, VectorMatrix } from './vector.js';
import { allocateMemory, hasSimdKernel, scalarKernel, scoreKernel } from './vector-kernel.js';

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
}

function unitRows(count: number, dims: number, seed: number): Float32Array[] {
  const next = random(seed);
  return Array.from({ length: count }, () => normalise(Array.from({ length: dims }, next)));
}

/** The top `k` by sorting every score: the obvious answer nearest() must match. */
function bruteForce(query: Float32Array, rows: readonly Float32Array[], k: number) {
  return rows
    .map((row, index) => ({ index, score: dot(query, row) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, k);
}

describe('dot, norm, cosine, normalise', () => {
  it('compute the usual values', () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(norm([3, 4])).toBe(5);
    expect(cosine([1, 0], [0, 1])).toBe(0);
    expect(cosine([1, 1], [2, 2])).toBeCloseTo(1, 6);
    expect(cosine([1, 0], [-3, 0])).toBeCloseTo(-1, 6);
    expect(Array.from(normalise([3, 4]))).toEqual([Math.fround(0.6), Math.fround(0.8)]);
  });

  it('treat an all-zero vector as matching nothing', () => {
    expect(cosine([0, 0], [1, 2])).toBe(0);
    expect(Array.from(normalise([0, 0, 0]))).toEqual([0, 0, 0]);
  });

  it('refuse vectors of different lengths', () => {
    expect(() => dot([1], [1, 2])).toThrow(RangeError);
    expect(() => cosine([1, 2, 3], [1, 2, 3, 4])).toThrow(RangeError);
  });

  it('keep cosine within [−1, 1] despite rounding', () => {
    const v = normalise([0.1, 0.2, 0.3]);
    expect(cosine(v, v)).toBeLessThanOrEqual(1);
  });
});

describe('VectorMatrix', () => {
  it('stores rows of any length and hands them back as views', () => {
    const matrix = VectorMatrix.fromRows(
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      3,
    );
    expect(matrix.count).toBe(2);
    expect(Array.from(matrix.row(1))).toEqual([4, 5, 6]);
    matrix.set(0, [7, 8, 9]);
    expect(Array.from(matrix.row(0))).toEqual([7, 8, 9]);
    expect(Array.from(matrix.scores([1, 0, 1]))).toEqual([16, 10]);
  });

  it('builds from a flat array', () => {
    const matrix = VectorMatrix.fromFlat(new Float32Array([1, 0, 0, 1, 1, 1]), 2);
    expect(matrix.count).toBe(3);
    expect(Array.from(matrix.scores([2, 3]))).toEqual([2, 3, 5]);
    expect(() => VectorMatrix.fromFlat(new Float32Array(5), 2)).toThrow(RangeError);
  });

  it('refuses rows, queries and indices that do not fit', () => {
    const matrix = new VectorMatrix(2, 3);
    expect(() => matrix.set(0, [1, 2])).toThrow(RangeError);
    expect(() => matrix.set(2, [1, 2, 3])).toThrow(RangeError);
    expect(() => matrix.row(-1)).toThrow(RangeError);
    expect(() => matrix.scores([1, 2])).toThrow(RangeError);
    expect(() => new VectorMatrix(1, 0)).toThrow(RangeError);
  });
});

describe('nearest', () => {
  // 3000 × 100 floats is past the SIMD threshold; 50 × 7 stays on the plain loop.
  it.each([
    [3000, 100],
    [2999, 97],
    [50, 7],
    [5, 4],
  ])('matches a brute-force sort over %i rows of %i dims', (count, dims) => {
    const rows = unitRows(count, dims, count);
    const matrix = VectorMatrix.fromRows(rows, dims);
    for (const query of unitRows(20, dims, 7)) {
      const expected = bruteForce(query, rows, 10);
      const actual = nearest(query, matrix, 10);
      expect(actual.map((hit) => hit.index)).toEqual(expected.map((hit) => hit.index));
      for (const [i, hit] of actual.entries()) expect(hit.score).toBeCloseTo(expected[i]!.score, 5);
    }
  });

  it('finds a stored row as its own best match with score 1', () => {
    const rows = unitRows(1001, 100, 3);
    const matrix = VectorMatrix.fromRows(rows, 100);
    expect(nearest(rows[1000]!, matrix, 1)[0]).toEqual({ index: 1000, score: expect.closeTo(1, 5) });
  });

  it('returns at most the rows there are, and nothing for k ≤ 0 or an empty matrix', () => {
    const matrix = VectorMatrix.fromRows(unitRows(3, 4, 1), 4);
    expect(nearest([1, 0, 0, 0], matrix, 10)).toHaveLength(3);
    expect(nearest([1, 0, 0, 0], matrix, 0)).toEqual([]);
    expect(nearest([1, 0, 0, 0], new VectorMatrix(0, 4), 5)).toEqual([]);
  });

  it('breaks ties by the lower index', () => {
    const matrix = VectorMatrix.fromRows(
      [
        [0, 1],
        [1, 0],
        [1, 0],
      ],
      2,
    );
    expect(nearest([1, 0], matrix, 2).map((hit) => hit.index)).toEqual([1, 2]);
  });
});

describe('the kernels', () => {
  it('run SIMD on this Node', () => {
    expect(hasSimdKernel()).toBe(true);
  });

  it('agree with each other', () => {
    const [stride, blocks] = [12, 5];
    const floats = stride + blocks * 4 * (1 + stride);
    const simd = allocateMemory(floats * 4);
    const values = new Float32Array(simd.buffer, 0, floats);
    const next = random(5);
    values.forEach((_, i) => {
      values[i] = next();
    });
    const copy = new Float32Array(values);
    const [rows, out] = [4 * (stride + blocks * 4), 4 * stride];
    scoreKernel(simd)(0, rows, blocks, stride, out);
    scalarKernel(copy.buffer)(0, rows, blocks, stride, out);
    const scores = values.subarray(stride, stride + blocks * 4);
    const expected = copy.subarray(stride, stride + blocks * 4);
    for (let i = 0; i < scores.length; i++) expect(scores[i]).toBeCloseTo(expected[i]!, 5);
  });

  it('compute dot products by hand', () => {
    const floats = new Float32Array(4 + 4 + 4 * 4);
    floats.set([1, 2, 3, 4], 0);
    floats.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1], 8);
    scalarKernel(floats.buffer)(0, 32, 1, 4, 16);
    expect(Array.from(floats.subarray(4, 8))).toEqual([1, 2, 3, 10]);
  });
});
