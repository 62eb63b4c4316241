import { describe, expect, it } from 'vitest';
import { gainOf, noveltyOf, reachOf, spreadOf } from './idea-metrics.js';
import { symmetricEigenvalues } from './similarity/vendi.js';
import { normalise, VectorMatrix } from './vector.js';

const v = (...xs: number[]) => normalise(xs);
const matrix = (...rows: Float32Array[]) => VectorMatrix.fromRows(rows, rows[0]!.length);

describe('idea metrics', () => {
  it('reach is the share of needs not owned', () => {
    expect(reachOf([])).toBe(0);
    expect(reachOf([{ status: 'own' }, { status: 'new' }, { status: 'lent' }, { status: 'own' }])).toBe(0.5);
  });

  it('novelty runs from 0 at the repeat threshold to 1 at the unrelated baseline', () => {
    const scale = { repeatIdea: 0.9, unrelatedIdeas: 0.2 };
    expect(noveltyOf(v(1, 0), undefined, scale)).toBe(1);
    expect(noveltyOf(v(1, 0), matrix(v(1, 0)), scale)).toBe(0);
    expect(noveltyOf(v(1, 0), matrix(v(0, 1)), scale)).toBe(1);
    // One earlier idea at cosine 0.55: halfway.
    const halfway = v(0.55, Math.sqrt(1 - 0.55 ** 2));
    expect(noveltyOf(v(1, 0), matrix(halfway), scale)).toBeCloseTo(0.5, 5);
    // The same cosines mean nothing new to an embedder whose unrelated texts already score 0.55.
    expect(noveltyOf(v(1, 0), matrix(halfway), { repeatIdea: 0.95, unrelatedIdeas: 0.55 })).toBeCloseTo(1, 5);
  });

  it('spread is the effective number of distinct ideas (Vendi score)', () => {
    expect(spreadOf([v(1, 0)])).toBeUndefined();
    expect(spreadOf([v(1, 0, 0), v(0, 1, 0), v(0, 0, 1)])).toBeCloseTo(3, 6);
    expect(spreadOf([v(1, 0), v(1, 0), v(1, 0)])).toBeCloseTo(1, 6);
    // Two alike and one apart: between 1 and 3.
    const mixed = spreadOf([v(1, 0, 0), v(1, 0, 0), v(0, 1, 0)])!;
    expect(mixed).toBeGreaterThan(1.5);
    expect(mixed).toBeLessThan(2.5);
  });

  it('spread does not count what every vector shares once the centre is removed', () => {
    // Two different ideas that share a strong common direction, as every text of one embedder does.
    const shared = [v(1, 0, 5), v(0, 1, 5)];
    expect(spreadOf(shared)!).toBeLessThan(1.1);
    const centre = [0, 0, 5 / Math.sqrt(26)];
    expect(spreadOf(shared, centre)).toBeCloseTo(2, 5);
  });

  it('gain is the ratio of the spreads', () => {
    expect(gainOf(2, 3)).toBeCloseTo(1.5, 9);
    expect(gainOf(0, 3)).toBeUndefined();
    expect(gainOf(undefined, 3)).toBeUndefined();
  });

  it('finds the eigenvalues of a symmetric matrix', () => {
    const values = symmetricEigenvalues([
      [2, 1, 0],
      [1, 2, 0],
      [0, 0, 5],
    ]).sort((a, b) => a - b);
    expect(values[0]).toBeCloseTo(1, 9);
    expect(values[1]).toBeCloseTo(3, 9);
    expect(values[2]).toBeCloseTo(5, 9);
  });
});
