import { describe, expect, it } from 'vitest';
import { selectDiverse, splitRepeats } from './diversity.js';
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

describe('splitRepeats', () => {
  const thresholds = { repeatIdea: 0.95, batchDuplicate: 0.9 };

  it('tells repeats of earlier ideas from duplicates within the batch, by their own thresholds', () => {
    const earlier = VectorMatrix.fromRows([v(1, 0, 0)], 3);
    const candidates = [v(1, 0.1, 0), v(0, 1, 0), v(0, 1, 0.4), v(0, 1, 0.6), v(1, 0.4, 0)];
    // 0 repeats the earlier idea (0.995); 2 duplicates 1 (0.93); 3 is apart (0.86); 4 is at 0.93 of the
    // earlier idea: under the repeat threshold, and no kept candidate is near it.
    expect(splitRepeats(candidates, { matrix: earlier }, thresholds)).toEqual({
      kept: [1, 3, 4],
      repeats: [0],
      duplicates: [2],
    });
  });

  it('finds no repeats without earlier ideas, and counts siblings as the same batch', () => {
    const candidates = [v(1, 0), v(0, 1)];
    expect(splitRepeats(candidates, { matrix: undefined }, thresholds).repeats).toEqual([]);
    expect(splitRepeats(candidates, { matrix: undefined, siblings: [v(1, 0.05)] }, thresholds)).toEqual({
      kept: [1],
      repeats: [],
      duplicates: [0],
    });
  });
});
