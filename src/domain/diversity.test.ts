import { describe, expect, it } from 'vitest';
import { dropNearDuplicates, selectDiverse } from './diversity.js';
import { normalise, VectorMatrix } from './vector.js';

const v = (...xs: number[]) => normalise(xs);

describe('selectDiverse', () => {
  it('picks different ideas over similar ones', () => {
    // Three near-identical ideas and two distinct ones.
    const candidates = [v(1, 0, 0), v(0.99, 0.05, 0), v(0.98, 0.02, 0.02), v(0, 1, 0), v(0, 0, 1)];
    const chosen = selectDiverse(candidates, { count: 3 });
    expect(chosen).toHaveLength(3);
    expect(chosen.filter((i) => i <= 2)).toHaveLength(1);
    expect(chosen).toEqual(expect.arrayContaining([3, 4]));
  });

  it('starts from the idea most relevant to the goal and balances relevance with difference', () => {
    const goal = v(1, 1, 0);
    const candidates = [v(0, 0, 1), v(1, 1, 0.1), v(1, 0, 0)];
    expect(selectDiverse(candidates, { count: 1, goal })).toEqual([1]);
    expect(selectDiverse(candidates, { count: 5, goal })).toHaveLength(3);
  });
});

describe('dropNearDuplicates', () => {
  it('drops repeats of earlier ideas and of candidates before them', () => {
    const earlier = VectorMatrix.fromRows([v(1, 0, 0)], 3);
    const candidates = [v(1, 0.01, 0), v(0, 1, 0), v(0, 1, 0.01), v(0, 0, 1)];
    expect(dropNearDuplicates(candidates, earlier)).toEqual([1, 3]);
    expect(dropNearDuplicates(candidates, undefined, 0.99999)).toEqual([0, 1, 2, 3]);
  });
});
