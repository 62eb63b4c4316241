import type { AbilityAlias, AliasSource, NotYet } from '../../domain/alias.js';
import type { Statements } from './statements.js';

/** Aliases and "not yet" answers in SQLite, for the repertoire store (which delegates to this). */
export class SqliteAliases {
  readonly #sql: Statements;

  constructor(sql: Statements) {
    this.#sql = sql;
  }

  list(): AbilityAlias[] {
    const rows = this.#sql.get('SELECT * FROM ability_aliases ORDER BY created_at, name').all() as {
      ability_id: string;
      name: string;
      key: string;
      source: AliasSource;
      created_at: number;
    }[];
    return rows.map((row) => ({
      abilityId: row.ability_id,
      name: row.name,
      key: row.key,
      source: row.source,
      createdAt: new Date(row.created_at),
    }));
  }

  add(alias: AbilityAlias): void {
    this.#sql
      .get(
        `INSERT OR IGNORE INTO ability_aliases (ability_id, name, key, source, created_at)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(alias.abilityId, alias.name, alias.key, alias.source, alias.createdAt.getTime());
  }

  remove(abilityId: string, key: string): void {
    this.#sql.get('DELETE FROM ability_aliases WHERE ability_id = ? AND key = ?').run(abilityId, key);
  }

  listNotYet(): NotYet[] {
    const rows = this.#sql.get('SELECT key, name, at FROM not_yet ORDER BY at, key').all() as {
      key: string;
      name: string;
      at: number;
    }[];
    return rows.map((row) => ({ key: row.key, name: row.name, at: new Date(row.at) }));
  }

  rememberNotYet(entry: NotYet): void {
    this.#sql
      .get(
        `INSERT INTO not_yet (key, name, at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET name = excluded.name, at = max(at, excluded.at)`,
      )
      .run(entry.key, entry.name, entry.at.getTime());
  }

  forgetNotYet(key: string): void {
    this.#sql.get('DELETE FROM not_yet WHERE key = ?').run(key);
  }

  /** Alias names by ability, read in one query for a whole listing. */
  namesByAbility(): Map<string, string[]> {
    const rows = this.#sql
      .get('SELECT ability_id, name FROM ability_aliases ORDER BY created_at, name')
      .all() as { ability_id: string; name: string }[];
    const names = new Map<string, string[]>();
    for (const row of rows) {
      const list = names.get(row.ability_id);
      if (list) list.push(row.name);
      else names.set(row.ability_id, [row.name]);
    }
    return names;
  }
}
