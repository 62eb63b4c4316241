import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import type { DatRecord } from '../../domain/dat.js';
import { openDatabase } from './open-database.js';
import { SqliteDatStore } from './sqlite-dat-store.js';

const tempFolder = temporaryFolders();

function record(id: string, score: number, takenAt: string): DatRecord {
  return {
    id,
    words: ['Cat', ' ice cream', '猫', 'ring\u0007bell'],
    valid: ['cat', 'ice-cream'],
    score,
    takenAt: new Date(takenAt),
  };
}

describe('SqliteDatStore', () => {
  it('round-trips scores with the words as given, oldest first, across reopening', () => {
    const folder = tempFolder();
    const store = new SqliteDatStore(openDatabase(folder));
    store.insertDatScore(record('b', 81.25, '2026-02-01T10:00:00.000Z'));
    store.insertDatScore(record('a', 77.5, '2026-01-01T10:00:00.000Z'));
    const reopened = new SqliteDatStore(openDatabase(folder));
    expect(reopened.listDatScores()).toEqual([
      record('a', 77.5, '2026-01-01T10:00:00.000Z'),
      record('b', 81.25, '2026-02-01T10:00:00.000Z'),
    ]);
  });

  it('keeps no score twice under one id', () => {
    const store = new SqliteDatStore(openDatabase(tempFolder()));
    store.insertDatScore(record('a', 70, '2026-01-01T10:00:00.000Z'));
    expect(() => store.insertDatScore(record('a', 71, '2026-01-02T10:00:00.000Z'))).toThrow(/UNIQUE/);
    expect(store.listDatScores()).toHaveLength(1);
  });
});
