import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import type { Ability } from '../../domain/ability.js';
import { StoreError, UserInputError } from '../../domain/errors/index.js';
import * as store from './index.js';
import { databaseFileName, openDatabase } from './open-database.js';
import { translateSqliteError, translatesErrors } from './sqlite-errors.js';
import { SqliteRepertoireStore } from './sqlite-repertoire-store.js';

const tempFolder = temporaryFolders();
const at = new Date('2026-01-02T03:04:05.678Z');
const ability = (id: string): Ability => ({
  id,
  name: id,
  key: id,
  domain: 'music',
  kind: 'technique',
  summary: '',
  status: 'own',
  createdAt: at,
  updatedAt: at,
});

describe('SQLite errors, translated where they arise', () => {
  it('wraps every store the store part exports', () => {
    const stores = Object.entries(store).filter(([name]) => /^Sqlite\w+Store$/.test(name));
    expect(stores.length).toBeGreaterThanOrEqual(13);
    for (const [name, storeClass] of stores)
      expect(translatesErrors(storeClass as new () => object), `${name} translates SQLite errors`).toBe(true);
  });

  it('turns a write to a database locked by another process into a StoreError in words', () => {
    const home = tempFolder();
    const db = openDatabase(home);
    db.pragma('busy_timeout = 0');
    const other = new Database(join(home, databaseFileName));
    other.exec('BEGIN EXCLUSIVE');
    try {
      const write = () => new SqliteRepertoireStore(db).insertAbility(ability('a1'));
      expect(write).toThrow(StoreError);
      expect(write).toThrow(/^the database stayed locked by another chops process$/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
      db.close();
    }
  });

  it('turns a write to a read-only database into a StoreError, inside a transaction too', () => {
    const home = tempFolder();
    openDatabase(home).close();
    const readOnly = new Database(join(home, databaseFileName), { readonly: true });
    const repertoire = new SqliteRepertoireStore(readOnly);
    try {
      expect(() => repertoire.insertAbility(ability('a1'))).toThrow(/^the database is read-only$/);
      let error: unknown;
      try {
        repertoire.transaction(() => repertoire.insertAbility(ability('a2')));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).cause).toMatchObject({ code: 'SQLITE_READONLY' });
      // Reads still work, and nothing but SQLite's own errors is changed.
      expect(repertoire.listAbilities()).toEqual([]);
      const refusal = new UserInputError('no');
      expect(() =>
        repertoire.transaction(() => {
          throw refusal;
        }),
      ).toThrow(refusal);
    } finally {
      readOnly.close();
    }
  });

  it('names an SQLite code it has no words for, and leaves other errors as they are', () => {
    const unknown = translateSqliteError(
      Object.assign(new Error('UNIQUE constraint failed: abilities.key'), {
        code: 'SQLITE_CONSTRAINT_UNIQUE',
      }),
    );
    expect(unknown).toBeInstanceOf(StoreError);
    expect((unknown as StoreError).message).toBe(
      'database error: UNIQUE constraint failed: abilities.key (SQLITE_CONSTRAINT_UNIQUE)',
    );
    const full = translateSqliteError(Object.assign(new Error('x'), { code: 'SQLITE_FULL' }), 'cannot use X');
    expect((full as StoreError).message).toBe('cannot use X: the disk is full');
    const bug = new TypeError('bug');
    expect(translateSqliteError(bug)).toBe(bug);
  });
});
