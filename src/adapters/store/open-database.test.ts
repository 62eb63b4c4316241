import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { StoreError } from '../../domain/errors/index.js';
import { migrations } from './migrations/index.js';
import { databaseFileName, openDatabase } from './open-database.js';

const tempFolder = temporaryFolders();
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('openDatabase', () => {
  it('creates the folder and database, in WAL mode, with every migration applied', () => {
    const folder = join(tempFolder(), 'nested', 'home');
    const db = openDatabase(folder);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['abilities', 'ability_events', 'vectors', 'person']));
    db.close();
    // Opening again applies nothing twice.
    const again = openDatabase(folder);
    expect(again.pragma('user_version', { simple: true })).toBe(migrations.length);
    again.close();
  });

  it('refuses a database from a newer chops without changing it', () => {
    const folder = tempFolder();
    const path = join(folder, databaseFileName);
    const newer = new Database(path);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${migrations.length + 5}`);
    newer.close();
    const before = digest(path);
    expect(() => openDatabase(folder)).toThrow(StoreError);
    expect(() => openDatabase(folder)).toThrow(/newer chops \(schema \d+; this one knows \d+\)/);
    expect(digest(path)).toBe(before);
  });

  it('refuses a file that is not SQLite without changing it', () => {
    const folder = tempFolder();
    const path = join(folder, databaseFileName);
    writeFileSync(path, 'this is not a database, just some text that happens to be here\n'.repeat(100));
    const before = digest(path);
    expect(() => openDatabase(folder)).toThrow(/not a chops database .* left untouched/);
    expect(digest(path)).toBe(before);
  });

  it('refuses a data folder that is a file', () => {
    const folder = join(tempFolder(), 'file');
    writeFileSync(folder, 'x');
    expect(() => openDatabase(folder)).toThrow(/cannot use the data folder/);
  });
});
