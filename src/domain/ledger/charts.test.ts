import { describe, expect, it } from 'vitest';
import { bar, lastValues, sparkline } from './charts.js';

describe('sparkline', () => {
  it('draws eight levels between the smallest and largest value', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
  });

  it('scales from a given floor, so counts start at zero', () => {
    expect(sparkline([5, 10], { min: 0 })).toBe('▅█');
    expect(sparkline([0, 0, 0], { min: 0 })).toBe('▁▁▁');
  });

  it('leaves a gap for a missing value and never prints NaN', () => {
    expect(sparkline([0.5, null, 1], { min: 0, max: 1 })).toBe('▅ █');
    expect(sparkline([null, null])).toBe('  ');
    expect(sparkline([])).toBe('');
  });

  it('draws equal values at mid height', () => {
    expect(sparkline([80, 80])).toBe('▄▄');
  });
});

describe('bar', () => {
  it('fills the share of the whole and is empty for an empty whole', () => {
    expect(bar(1, 4, 8)).toBe('██░░░░░░');
    expect(bar(0, 0, 4)).toBe('░░░░');
    expect(bar(9, 4, 4)).toBe('████');
  });
});

describe('lastValues', () => {
  it('keeps the most recent values', () => {
    expect(lastValues([1, 2, 3], 2)).toEqual([2, 3]);
    expect(lastValues([1], 5)).toEqual([1]);
  });
});
