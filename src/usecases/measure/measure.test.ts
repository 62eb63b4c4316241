import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteLedgerStore } from '../../adapters/store/sqlite-ledger-store.js';
import { UserInputError } from '../../domain/errors/index.js';
import { measure } from './measure.js';
import { parseSince } from './parse-since.js';
import { fixtureNow, seedLedgerFixture } from './test-support/ledger-fixture.js';

const tempFolder = temporaryFolders();
const clock = { now: () => fixtureNow };

function ledgerOf(seed: boolean, since?: Date) {
  const db = openDatabase(tempFolder());
  if (seed) seedLedgerFixture(db);
  return measure({ since }, { ledger: new SqliteLedgerStore(db), clock });
}

describe('measure', () => {
  it('replays the repertoire week by week from the first record to this week', () => {
    const { repertoire } = ledgerOf(true);
    expect(repertoire.now).toEqual({ own: 2, lent: 1, learning: 1, total: 4 });
    expect(repertoire.weeks.map((w) => w.week)).toEqual([
      '2026-W02',
      '2026-W03',
      '2026-W04',
      '2026-W05',
      '2026-W06',
      '2026-W07',
      '2026-W08',
      '2026-W09',
      '2026-W10',
    ]);
    expect(repertoire.weeks.map((w) => [w.own, w.lent, w.learning])).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [1, 0, 1],
      [1, 0, 1],
      [1, 1, 1],
      [2, 1, 0],
      [2, 1, 1],
      [2, 1, 1],
      [2, 1, 1],
    ]);
    expect(repertoire.weeks[0]).toMatchObject({ start: '2026-01-05' });
    expect(repertoire.recentlyOwn.map((a) => [a.name, a.at])).toEqual([
      ['voice leading', '2026-02-10T10:00:00.000Z'],
      ['fast Fourier transform', '2026-01-05T10:00:00.000Z'],
    ]);
  });

  it('computes imagination per goal and over time from the stored ideas', () => {
    const { imagination } = ledgerOf(true);
    expect(imagination).toMatchObject({
      goals: 2,
      ideas: 5,
      meanGain: 1.5, // g2 has no gain: left out, not counted as 0
      meanReach: 0.4, // (0 + 0 + 0.5 + 1 + 0.5) / 5
      meanNovelty: 0.66, // (0.4 + 0.6 + 0.8 + 1 + 0.5) / 5
      made: { ideas: 2, neededLent: 1, share: 0.5 },
    });
    expect(imagination.perGoal).toEqual([
      expect.objectContaining({ id: 'g2', ideas: 1, gain: null, meanReach: 0.5, meanNovelty: 0.5 }),
      expect.objectContaining({ id: 'g1', ideas: 4, gain: 1.5, meanReach: 0.375, meanNovelty: 0.7 }),
    ]);
    const w03 = imagination.weeks.find((w) => w.week === '2026-W03');
    expect(w03).toMatchObject({ goals: 1, ideas: 4, meanGain: 1.5, meanReach: 0.375, meanNovelty: 0.7 });
    expect(imagination.weeks.find((w) => w.week === '2026-W04')).toMatchObject({ ideas: 0, meanReach: null });
  });

  it('computes practice: retention is the share of reviews not rated again', () => {
    const { practice } = ledgerOf(true);
    expect(practice).toMatchObject({
      reviews: 5,
      retention: 0.8,
      cardsDue: 1,
      cards: 3,
      abilitiesMastered: 1,
    });
    expect(practice.mastered.map((a) => a.id)).toEqual(['a-voice']);
    expect(practice.weeks.find((w) => w.week === '2026-W04')).toMatchObject({ reviews: 2, retention: 0.5 });
    expect(practice.weeks.find((w) => w.week === '2026-W06')).toMatchObject({ reviews: 0, retention: null });
  });

  it('lists the DAT scores over time with latest, best and mean', () => {
    expect(ledgerOf(true).dat).toEqual({
      count: 2,
      latest: 82.25,
      best: 82.25,
      mean: 80.375,
      scores: [
        { id: 'd1', takenAt: '2026-01-10T10:00:00.000Z', score: 78.5 },
        { id: 'd2', takenAt: '2026-02-20T10:00:00.000Z', score: 82.25 },
      ],
    });
  });

  it('limits every section to --since, but starts the repertoire from how it stood then', () => {
    const ledger = ledgerOf(true, new Date('2026-02-16T00:00:00Z'));
    expect(ledger.since).toBe('2026-02-16');
    expect(ledger.repertoire.weeks.map((w) => w.week)).toEqual(['2026-W08', '2026-W09', '2026-W10']);
    expect(ledger.repertoire.weeks[0]).toMatchObject({ own: 2, lent: 1, learning: 1 });
    expect(ledger.repertoire.recentlyOwn).toEqual([]);
    expect(ledger.imagination).toMatchObject({
      goals: 1,
      ideas: 1,
      made: { ideas: 0, neededLent: 0, share: null },
    });
    expect(ledger.practice).toMatchObject({ reviews: 1, retention: 1, abilitiesMastered: 0, cardsDue: 1 });
    expect(ledger.dat.scores.map((s) => s.id)).toEqual(['d2']);
  });

  it('gives an empty ledger without NaN when nothing is recorded', () => {
    const ledger = ledgerOf(false);
    expect(JSON.stringify(ledger)).not.toContain('NaN');
    expect(ledger.repertoire.weeks).toEqual([]);
    expect(ledger.imagination).toMatchObject({
      goals: 0,
      meanGain: null,
      meanReach: null,
      made: { share: null },
    });
    expect(ledger.practice).toMatchObject({ reviews: 0, retention: null, cardsDue: 0 });
    expect(ledger.dat).toMatchObject({ count: 0, latest: null, best: null, mean: null });
  });
});

describe('parseSince', () => {
  it('reads ISO dates and times and refuses anything else', () => {
    expect(parseSince('2026-01-31').toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(parseSince('2026-01-31T12:00:00+02:00').toISOString()).toBe('2026-01-31T10:00:00.000Z');
    for (const bad of ['2026-02-30', 'yesterday', '31/01/2026', '2026-1-5', ''])
      expect(() => parseSince(bad)).toThrow(UserInputError);
  });
});
