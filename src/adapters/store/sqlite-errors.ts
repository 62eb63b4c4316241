import { StoreError } from '../../domain/errors/index.js';

/** SQLite's result codes (and, by prefix, their extended codes) in the person's words. */
const reasons: Readonly<Record<string, string>> = {
  SQLITE_CORRUPT: 'the database file is damaged',
  SQLITE_NOTADB: 'the database file is not a chops database',
  SQLITE_FULL: 'the disk is full',
  SQLITE_BUSY: 'the database stayed locked by another chops process',
  SQLITE_READONLY: 'the database is read-only',
  SQLITE_CANTOPEN: 'the database cannot be opened',
  SQLITE_IOERR: 'the disk reported an error',
};

/**
 * The one translation of SQLite's errors: an error of SQLite's own (any query can meet a damaged file,
 * a full disk, a lock held too long) becomes a StoreError that says what happened in words; anything
 * else is returned as it is. `where` begins the message: "cannot use the database /home/x/chops.db".
 */
export function translateSqliteError(error: unknown, where?: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  const known = Object.keys(reasons).find((prefix) => code.startsWith(prefix));
  // A code without words (a constraint a bug broke) keeps SQLite's own message, which names the column.
  const reason = known ? reasons[known]! : `database error: ${(error as Error).message} (${code})`;
  return new StoreError(where ? `${where}: ${reason}` : reason, { cause: error });
}

/**
 * Any failure to open or set up the database as a StoreError beginning with `where`: SQLite's in
 * words, anything else (a StoreError already said what it means) with its own message.
 */
export function databaseError(error: unknown, where: string): StoreError {
  if (error instanceof StoreError) return error;
  const translated = translateSqliteError(error, where);
  if (translated instanceof StoreError) return translated;
  return new StoreError(`${where}: ${(error as Error).message}`, { cause: error });
}

/** Runs `work` against the database, its SQLite errors translated (see translateSqliteError). */
export function storeErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw translateSqliteError(error);
  }
}

const translating = Symbol('translates SQLite errors');

/**
 * Makes every method of a store class translate the SQLite errors it throws into StoreErrors, once for
 * the whole class, so that no face ever sees an SQLite code. Called right after each store class.
 */
export function translatesSqliteErrors(storeClass: abstract new (...args: never[]) => object): void {
  const prototype = storeClass.prototype as Record<PropertyKey, unknown>;
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const method = prototype[name];
    if (name === 'constructor' || typeof method !== 'function') continue;
    Object.defineProperty(prototype, name, {
      ...Object.getOwnPropertyDescriptor(prototype, name),
      value: function (this: unknown, ...args: unknown[]) {
        return storeErrors(() => method.apply(this, args));
      },
    });
  }
  Object.defineProperty(prototype, translating, { value: true });
}

/** Whether translatesSqliteErrors was applied to `storeClass` (for the test that every store is). */
export function translatesErrors(storeClass: abstract new (...args: never[]) => object): boolean {
  return (storeClass.prototype as Record<PropertyKey, unknown>)[translating] === true;
}
