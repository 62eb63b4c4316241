import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { openDatabase } from './open-database.js';
import { resolveTypedId } from './typed-id.js';

const folder = temporaryFolders();

function databaseWithDatScores(...ids: string[]) {
  const db = openDatabase(folder());
  for (const id of ids)
    db.prepare('INSERT INTO dat_scores (id, words, valid, score, taken_at) VALUES (?, ?, ?, ?, ?)').run(
      id,
      '[]',
      '[]',
      80,
      0,
    );
  return db;
}

describe('resolveTypedId', () => {
  it('finds a whole id, an old 8-digit one included, and a unique prefix of a new one', () => {
    const db = databaseWithDatScores('a1b2c3d4', '0f1e2d3c4b5a6978', '0f1e99aa00112233');
    expect(resolveTypedId(db, 'dat score', 'a1b2c3d4')).toBe('a1b2c3d4');
    expect(resolveTypedId(db, 'dat score', ' 0f1e2d ')).toBe('0f1e2d3c4b5a6978');
    expect(resolveTypedId(db, 'dat score', 'ffff')).toBeUndefined();
    db.close();
  });

  it('refuses a prefix shorter than four characters and one that several ids share', () => {
    const db = databaseWithDatScores('0f1e2d3c4b5a6978', '0f1e99aa00112233');
    expect(resolveTypedId(db, 'dat score', '0f1')).toBeUndefined();
    expect(() => resolveTypedId(db, 'dat score', '0f1e')).toThrow(
      /"0f1e" starts the ids of several dat scores \(0f1e2d3c4b5a6978, 0f1e99aa00112233\); type more of it/,
    );
    db.close();
  });

  it('treats _ and % as characters of the id, not patterns', () => {
    const db = databaseWithDatScores('ab_cdef', 'abxcdef');
    expect(resolveTypedId(db, 'dat score', 'ab_c')).toBe('ab_cdef');
    expect(resolveTypedId(db, 'dat score', 'ab%c')).toBeUndefined();
    db.close();
  });
});
