import type Database from 'better-sqlite3';
import { UserInputError } from '../../domain/errors/index.js';
import { minTypedIdLength, type RecordKind } from '../../domain/record-id.js';
import { storeErrors } from './sqlite-errors.js';

const tables: Readonly<Record<RecordKind, string>> = {
  ability: 'abilities',
  goal: 'goals',
  idea: 'ideas',
  artifact: 'artifacts',
  trick: 'tricks',
  card: 'cards',
  review: 'reviews',
  'dat score': 'dat_scores',
  'own idea': 'mine_ideas',
};

/**
 * The full id a person means by `typed`: the id itself when a record has it, else the one id that
 * starts with it (at least `minTypedIdLength` characters, as with git's short hashes). Undefined when
 * none does, so that the caller's "no such …" message applies; several ids refuse with the first few.
 */
export function resolveTypedId(db: Database.Database, kind: RecordKind, typed: string): string | undefined {
  return storeErrors(() => findTypedId(db, kind, typed));
}

function findTypedId(db: Database.Database, kind: RecordKind, typed: string): string | undefined {
  const wanted = typed.trim();
  const table = tables[kind];
  if (db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(wanted)) return wanted;
  if (wanted.length < minTypedIdLength) return undefined;
  // A range on the primary key rather than LIKE, whose _ and % an id may hold.
  const rows = db
    .prepare(`SELECT id FROM ${table} WHERE id > ? AND id < ? ORDER BY id LIMIT 4`)
    .pluck()
    .all(wanted, `${wanted}\u{10FFFF}`) as string[];
  if (rows.length <= 1) return rows[0];
  throw new UserInputError(
    `"${wanted}" starts the ids of several ${kind === 'ability' ? 'abilities' : `${kind}s`} (${rows.slice(0, 3).join(', ')}${rows.length > 3 ? ', …' : ''}); type more of it`,
  );
}
