import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * What must hold in a data folder after any stop, however abrupt: SQLite's own integrity and foreign
 * keys, and chops's rules that no single table can state. Returns the problems found (none is good).
 */
export function databaseProblems(home: string, options: { chopsRules?: boolean } = {}): string[] {
  const db = new Database(join(home, 'chops.db'));
  try {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const foreign = db.pragma('foreign_key_check') as unknown[];
    if (foreign.length) problems.push(`foreign_key_check: ${JSON.stringify(foreign).slice(0, 300)}`);
    // Data made up by a test (an import fixture) need not keep chops's rules; SQLite's still hold.
    if (options.chopsRules === false) return problems;
    const rows = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
    const rule = (name: string, sql: string) => {
      const found = rows(sql);
      if (found.length) problems.push(`${name}: ${JSON.stringify(found).slice(0, 300)}`);
    };
    rule(
      'an artifact without attempts',
      'SELECT id FROM artifacts WHERE NOT EXISTS (SELECT 1 FROM attempts WHERE artifact_id = artifacts.id)',
    );
    rule(
      'attempts not numbered 1..n',
      'SELECT artifact_id, count(*) AS n, max(number) AS last FROM attempts GROUP BY artifact_id HAVING n <> last',
    );
    rule(
      'an artifact whose verdict is not its last attempt’s',
      `SELECT a.id, a.passed, t.passed AS last FROM artifacts a JOIN attempts t ON t.artifact_id = a.id
       WHERE t.number = (SELECT max(number) FROM attempts WHERE artifact_id = a.id) AND t.passed = 1 AND a.passed = 0`,
    );
    rule(
      'a passing artifact that recorded no abilities',
      "SELECT id FROM artifacts WHERE passed = 1 AND abilities = '[]'",
    );
    rule(
      'a trick without cards',
      'SELECT id FROM tricks WHERE NOT EXISTS (SELECT 1 FROM cards WHERE trick_id = tricks.id)',
    );
    rule(
      'a card under another ability than its trick',
      'SELECT c.id FROM cards c JOIN tricks t ON t.id = c.trick_id WHERE c.ability_id <> t.ability_id',
    );
    rule(
      'a card whose repetitions are not its reviews',
      `SELECT c.id, c.reps, (SELECT count(*) FROM reviews r WHERE r.card_id = c.id) AS reviews FROM cards c
       WHERE c.reps <> (SELECT count(*) FROM reviews r WHERE r.card_id = c.id)`,
    );
    rule(
      'an ability whose status is not its last event’s',
      `SELECT a.id, a.status FROM abilities a WHERE a.status <> (SELECT e.status FROM ability_events e
       WHERE e.ability_id = a.id ORDER BY e.at DESC, e.id DESC LIMIT 1)`,
    );
    return problems;
  } finally {
    db.close();
  }
}

/** Rows per table, to tell "all of it" from "none of it". */
export function tableCounts(home: string): Record<string, number> {
  const db = new Database(join(home, 'chops.db'), { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [table, db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number]),
    );
  } finally {
    db.close();
  }
}
