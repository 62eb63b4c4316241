import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { weekOf } from '../../domain/ledger/weeks.js';
import { fixtureNow, seedLedgerFixture } from '../../usecases/measure/test-support/ledger-fixture.js';
import { openDatabase } from './open-database.js';
import { SqliteLedgerStore } from './sqlite-ledger-store.js';

const tempFolder = temporaryFolders();
const all = { since: 0 };
const week = (day: string) => weekOf(Date.parse(`${day}T12:00:00Z`));

function seeded() {
  const db = openDatabase(tempFolder());
  seedLedgerFixture(db);
  return new SqliteLedgerStore(db);
}

describe('SqliteLedgerStore', () => {
  it('groups reviews by week in SQL, with the again ratings counted', () => {
    expect(seeded().reviewWeeks(all)).toEqual([
      { week: week('2026-01-21'), reviews: 2, again: 1 },
      { week: week('2026-01-28'), reviews: 1, again: 0 },
      { week: week('2026-02-10'), reviews: 1, again: 0 },
      { week: week('2026-02-18'), reviews: 1, again: 0 },
    ]);
  });

  it('sums ideas and goals by week, leaving unknown gains out of the mean', () => {
    const store = seeded();
    expect(store.ideaWeeks(all)).toEqual([
      { week: week('2026-01-13'), ideas: 4, reachSum: 1.5, noveltySum: expect.closeTo(2.8, 9) },
      { week: week('2026-02-18'), ideas: 1, reachSum: 0.5, noveltySum: 0.5 },
    ]);
    expect(store.goalWeeks(all)).toEqual([
      { week: week('2026-01-13'), goals: 1, gainSum: 1.5, gains: 1 },
      { week: week('2026-02-18'), goals: 1, gainSum: 0, gains: 0 },
    ]);
  });

  it('counts ideas made into a passing artifact, and those that used a lent ability', () => {
    // art1 (lent voice leading, passed), art2 (own FFT, passed), art3 (lent Rust, failed: not made).
    expect(seeded().madeIdeas(all)).toEqual({ ideas: 2, neededLent: 1 });
  });

  it('counts an ability as mastered only when it became own after having cards', () => {
    const store = seeded();
    expect(store.mastered(all).map((a) => a.id)).toEqual(['a-voice']);
    expect(store.mastered({ since: Date.parse('2026-02-11') })).toEqual([]);
    expect(store.recentlyOwn(all, 10).map((a) => a.id)).toEqual(['a-voice', 'a-fft']);
  });

  it('counts active cards due now, and finds the first record in range', () => {
    const store = seeded();
    expect(store.cards(fixtureNow.getTime())).toEqual({ cards: 3, due: 1 });
    expect(new Date(store.firstRecord(all)!).toISOString()).toBe('2026-01-05T10:00:00.000Z');
    expect(store.firstRecord({ since: fixtureNow.getTime() })).toBeUndefined();
  });

  it('answers on an empty database without NaN or nulls where counts are asked', () => {
    const store = new SqliteLedgerStore(openDatabase(tempFolder()));
    expect(store.madeIdeas(all)).toEqual({ ideas: 0, neededLent: 0 });
    expect(store.cards(0)).toEqual({ cards: 0, due: 0 });
    expect(store.statusChanges()).toEqual([]);
    expect(store.firstRecord(all)).toBeUndefined();
  });
});
