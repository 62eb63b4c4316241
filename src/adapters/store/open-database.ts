import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../../domain/errors/index.js';
import { storeFileError } from '../files/file-errors.js';
import { migrations } from './migrations/index.js';
import { databaseError } from './sqlite-errors.js';

export const databaseFileName = 'chops.db';
const sqliteHeader = 'SQLite format 3\u0000';

/**
 * Opens (creating if needed) the database in `folder`, refusing, before anything is written, a file that
 * is not SQLite, a schema newer than this chops knows, or a folder it cannot write.
 */
export function openDatabase(folder: string): Database.Database {
  ensureWritableFolder(folder);
  const path = join(folder, databaseFileName);
  if (existsSync(path)) assertSqliteFile(path);
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw databaseError(error, `cannot open the database ${path}`);
  }
  try {
    // Read-only checks first: nothing may be written to a file this version does not understand.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) {
      throw new StoreError(
        `${path} was written by a newer chops (schema ${version}; this one knows ${migrations.length}). Upgrade chops to use it.`,
      );
    }
    // A schema of nothing but 0 is a new database; tables without a version are some other program's.
    if (
      version === 0 &&
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").pluck().get() !== 0
    )
      throw new StoreError(
        `${path} is an SQLite database of another program (it has tables but no chops schema); it was left untouched`,
      );
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw databaseError(error, `cannot use the database ${path}`);
  }
}

/**
 * Applies the steps this database lacks, in one transaction. They run with foreign keys off, as SQLite
 * asks for a table rebuild (step 14): dropping a table that others refer to would otherwise delete or
 * unlink their rows. Before the commit the references are checked, so a step that broke one is rolled
 * back whole (only new breaks count: one an older version left is no reason to refuse the file).
 */
function migrate(db: Database.Database): void {
  const apply = db.transaction(() => {
    // Re-read inside the write lock: another process may have migrated while we waited for it.
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current >= migrations.length) return;
    const brokenBefore = (db.pragma('foreign_key_check') as unknown[]).length;
    for (let step = current; step < migrations.length; step++) {
      db.exec(migrations[step]!);
    }
    const broken = (db.pragma('foreign_key_check') as unknown[]).length;
    if (broken > brokenBefore)
      throw new StoreError(
        `updating the database to schema ${migrations.length} would break ${broken - brokenBefore} references; it was left as it was`,
      );
    db.pragma(`user_version = ${migrations.length}`);
  });
  if ((db.pragma('user_version', { simple: true }) as number) >= migrations.length) return;
  // Changing foreign_keys inside a transaction does nothing: it is set around it.
  db.pragma('foreign_keys = OFF');
  try {
    apply.immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

function ensureWritableFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK | constants.R_OK);
  } catch (error) {
    throw storeFileError(error, 'use', `the data folder ${folder}`);
  }
}

function assertSqliteFile(path: string): void {
  const header = Buffer.alloc(16);
  let bytes = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      bytes = readSync(fd, header, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw storeFileError(error, 'read', `the database ${path}`);
  }
  // An empty file is what an interrupted first open leaves; SQLite treats it as a new database.
  if (bytes === 0) return;
  if (bytes < 16 || header.toString('latin1') !== sqliteHeader) {
    throw new StoreError(
      `${path} is not a chops database (corrupt or another kind of file); it was left untouched`,
    );
  }
}
