import { describe, expect, it } from 'vitest';
import { dayNumber, isLeech, remainingToday, spreadDue, spreadWindow } from './load.js';
import { type CardMemory, newMemory } from './memory.js';

const now = new Date('2026-03-02T09:00:00.000Z');
const day = 86_400_000;
const inReview = (scheduledDays: number): CardMemory => ({
  ...newMemory(now),
  state: 'review',
  scheduledDays,
  elapsedDays: scheduledDays,
  due: new Date(now.getTime() + scheduledDays * day),
});

describe('spreading the load', () => {
  it('moves a card within its fuzz range to the least loaded day, keeping FSRS’s day on a tie', () => {
    const today = dayNumber(now);
    const window = spreadWindow(inReview(20))!;
    expect(window.from).toBeLessThan(20);
    expect(window.to).toBeGreaterThan(20);
    const crowded = new Map<number, number>();
    for (let d = window.from; d <= window.to; d++) crowded.set(today + d, 30);
    crowded.set(today + window.from, 4);
    const moved = spreadDue(inReview(20), now, crowded);
    expect(moved.scheduledDays).toBe(window.from);
    expect(moved.due.getTime()).toBe(now.getTime() + window.from * day);

    const even = new Map<number, number>();
    for (let d = window.from; d <= window.to; d++) even.set(today + d, 5);
    expect(spreadDue(inReview(20), now, even)).toEqual(inReview(20));
  });

  it('never moves a card in same-day steps or due within three days', () => {
    expect(spreadWindow({ ...inReview(10), state: 'learning' })).toBeUndefined();
    expect(spreadWindow(inReview(2))).toBeUndefined();
    expect(spreadDue(inReview(2), now, new Map([[dayNumber(now) + 2, 99]]))).toEqual(inReview(2));
  });
});

describe('leeches and the daily limit', () => {
  it('calls a card a leech at the lapse threshold', () => {
    expect(isLeech({ lapses: 7 }, 8)).toBe(false);
    expect(isLeech({ lapses: 8 }, 8)).toBe(true);
  });

  it('leaves what the daily limit has not used, never less than none', () => {
    expect(remainingToday(undefined, 40)).toBeUndefined();
    expect(remainingToday(20, 5)).toBe(15);
    expect(remainingToday(20, 25)).toBe(0);
  });
});
