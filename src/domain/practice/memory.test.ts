import { createEmptyCard, Rating as FsrsRating, fsrs, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { newCard } from './card.js';
import { isMastered } from './mastery.js';
import {
  type CardMemory,
  fromFsrsCard,
  inShortTermSteps,
  newMemory,
  reviveLog,
  reviveMemory,
  schedule,
  schedulerParameters,
} from './memory.js';
import { parseRating, type Rating } from './rating.js';

const start = new Date('2026-03-02T09:00:00.000Z');
const day = 86_400_000;
const fsrsRating: Record<Rating, Grade> = {
  again: FsrsRating.Again,
  hard: FsrsRating.Hard,
  good: FsrsRating.Good,
  easy: FsrsRating.Easy,
};

describe('scheduling', () => {
  it('matches ts-fsrs called directly over simulated weeks, through JSON and back each time', () => {
    const direct = fsrs({ ...schedulerParameters });
    let theirs = createEmptyCard(start);
    let ours: CardMemory = newMemory(start);
    const script: Rating[] = [
      'good',
      'good',
      'again',
      'hard',
      'good',
      'good',
      'easy',
      'again',
      'good',
      'good',
    ];
    let now = start;
    for (const rating of script) {
      const expected = direct.next(theirs, now, fsrsRating[rating]);
      // Stored and read back as a review's "before" is: the dates must come back as dates.
      const next = schedule(reviveMemory(JSON.parse(JSON.stringify(ours))), rating, now);
      expect(next.memory).toEqual(fromFsrsCard(expected.card));
      expect(reviveLog(JSON.parse(JSON.stringify(next.log)))).toEqual(next.log);
      expect(next.log.review).toEqual(now);
      theirs = expected.card;
      ours = next.memory;
      now = new Date(Math.max(ours.due.getTime(), now.getTime() + 60_000));
    }
    // Ten reviews took the card weeks ahead: the schedule is long-term, not a same-day loop.
    expect(ours.due.getTime() - start.getTime()).toBeGreaterThan(14 * day);
    expect(ours.reps).toBe(script.length);
    expect(ours.lapses).toBe(2);
  });

  it('keeps a new card, or one rated again, in same-day steps; a good review of a learned card leaves them', () => {
    const first = schedule(newMemory(start), 'again', start);
    expect(inShortTermSteps(first.memory)).toBe(true);
    expect(first.memory.due.getTime() - start.getTime()).toBeLessThan(15 * 60_000);
    let memory = first.memory;
    let now = start;
    while (inShortTermSteps(memory)) {
      now = memory.due;
      memory = schedule(memory, 'good', now).memory;
    }
    expect(memory.state).toBe('review');
    expect(memory.due.getTime() - now.getTime()).toBeGreaterThanOrEqual(day);
    const lapse = schedule(memory, 'again', memory.due);
    expect(lapse.memory.state).toBe('relearning');
  });
});

describe('mastery', () => {
  const card = (stability: number, suspended = false) => ({
    memory: { ...newMemory(start), stability },
    suspended,
  });

  it('needs every active card at or past the threshold, and at least one card', () => {
    expect(isMastered([card(21), card(30)], 21)).toBe(true);
    expect(isMastered([card(21), card(20.99)], 21)).toBe(false);
    expect(isMastered([card(25), card(3, true)], 21)).toBe(true);
    expect(isMastered([card(3, true)], 21)).toBe(false);
    expect(isMastered([], 21)).toBe(false);
  });
});

describe('cards and ratings', () => {
  it('makes a new card due at once with an empty memory, and refuses empty text', () => {
    const made = newCard(
      { trickId: 't', abilityId: 'a', kind: 'apply', prompt: ' Voice it ', answer: 'C E G', check: '' },
      'c1',
      start,
    );
    expect(made).toMatchObject({
      prompt: 'Voice it',
      suspended: false,
      memory: { due: start, state: 'new', reps: 0 },
    });
    expect(made).not.toHaveProperty('check');
    expect(() =>
      newCard({ trickId: 't', abilityId: 'a', kind: 'recall', prompt: ' ', answer: 'x' }, 'c', start),
    ).toThrow(/prompt is empty/);
  });

  it('reads ratings by name or key number and refuses others', () => {
    expect(['1', '2', '3', '4', 'Good', ' easy '].map(parseRating)).toEqual([
      'again',
      'hard',
      'good',
      'easy',
      'good',
      'easy',
    ]);
    expect(() => parseRating('5')).toThrow(/rating must be one of/);
    expect(() => parseRating('ok')).toThrow(/rating must be one of/);
  });
});
