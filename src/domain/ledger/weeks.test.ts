import { describe, expect, it } from 'vitest';
import { isoWeekLabel, weekOf, weekRange, weekStart } from './weeks.js';

describe('ISO weeks', () => {
  it('numbers weeks from Monday 00:00 UTC', () => {
    const monday = Date.parse('2026-03-02T00:00:00Z');
    expect(weekOf(monday)).toBe(weekOf(Date.parse('2026-03-08T23:59:59.999Z')));
    expect(weekOf(monday - 1)).toBe(weekOf(monday) - 1);
    expect(weekStart(weekOf(Date.parse('2026-03-04T12:00:00Z'))).toISOString()).toBe(
      '2026-03-02T00:00:00.000Z',
    );
  });

  it('labels weeks as ISO 8601 does, across year ends', () => {
    const label = (day: string) => isoWeekLabel(weekOf(Date.parse(`${day}T12:00:00Z`)));
    expect(label('2026-03-04')).toBe('2026-W10');
    expect(label('2026-01-01')).toBe('2026-W01'); // a Thursday: week 1 of 2026
    expect(label('2027-01-01')).toBe('2026-W53'); // a Friday: the last week of 2026
    expect(label('2024-12-30')).toBe('2025-W01'); // a Monday whose Thursday is in 2025
    expect(label('2021-01-03')).toBe('2020-W53');
  });

  it('ranges inclusively, and empty when reversed', () => {
    expect(weekRange(3, 5)).toEqual([3, 4, 5]);
    expect(weekRange(5, 4)).toEqual([]);
  });
});
