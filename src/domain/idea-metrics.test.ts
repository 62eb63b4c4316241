import { describe, expect, it } from 'vitest';
import { gainOf, noveltyOf, reachOf, spreadOf } from './idea-metrics.js';
import { normalise, type Vector, VectorMatrix } from './vector.js';

const matrix = (...rows: Vector[]) => VectorMatrix.fromRows(rows, rows[0]!.length);

const v = (...xs: number[]) => normalise(xs);

describe('idea metrics', () => {
  it('reach is the share of needs that are not own', () => {
    expect(reachOf([{ status: 'own' }, { status: 'lent' }, { status: 'new' }, { status: 'own' }])).toBe(0.5);
    expect(reachOf([{ status: 'own' }])).toBe(0);
    expect(reachOf([{ status: 'new' }])).toBe(1);
    expect(reachOf([])).toBe(0);
  });

  it('novelty is one minus the highest similarity to an earlier idea', () => {
    expect(noveltyOf(v(1, 0), undefined)).toBe(1);
    expect(noveltyOf(v(1, 0), matrix(v(1, 0)))).toBeCloseTo(0, 6);
    expect(noveltyOf(v(1, 0), matrix(v(0, 1), v(1, 1)))).toBeCloseTo(1 - Math.SQRT1_2, 6);
    // Opposite ideas are as novel as can be, not more.
    expect(noveltyOf(v(1, 0), matrix(v(-1, 0)))).toBe(1);
  });

  it('spread is the mean pairwise cosine distance, and gain the ratio of spreads', () => {
    expect(spreadOf([v(1, 0)])).toBeUndefined();
    expect(spreadOf([v(1, 0), v(0, 1)])).toBeCloseTo(1, 6);
    // Pairs: (a,b) 1, (a,c) 1-√½, (b,c) 1-√½.
    expect(spreadOf([v(1, 0), v(0, 1), v(1, 1)])).toBeCloseTo((1 + 2 * (1 - Math.SQRT1_2)) / 3, 6);
    expect(gainOf(0.2, 0.5)).toBeCloseTo(2.5, 9);
    expect(gainOf(0, 0.5)).toBeUndefined();
    expect(gainOf(undefined, 0.5)).toBeUndefined();
  });
});
