import type Database from 'better-sqlite3';
import type { Ability, AbilityEvent, AbilityKind, AbilityStatus } from '../../domain/ability.js';
import type { AbilityAlias, NotYet } from '../../domain/alias.js';
import type { Person } from '../../domain/person.js';
import type { AbilityFilter, RepertoireStore } from '../../domain/ports/repertoire-store.js';
import { SqliteAliases } from './sqlite-aliases.js';
import { translatesSqliteErrors } from './sqlite-errors.js';
import { Statements } from './statements.js';

interface AbilityRow {
  id: string;
  name: string;
  key: string;
  domain: string;
  kind: string;
  summary: string;
  status: string;
  created_at: number;
  updated_at: number;
}

function toAbility(row: AbilityRow, aliases?: ReadonlyMap<string, string[]>): Ability {
  const names = aliases?.get(row.id);
  return {
    id: row.id,
    name: row.name,
    key: row.key,
    domain: row.domain,
    // The table's CHECK constraints guarantee these values.
    kind: row.kind as AbilityKind,
    status: row.status as AbilityStatus,
    summary: row.summary,
    ...(names ? { aliases: names } : {}),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

function toRow(ability: Ability): AbilityRow {
  return {
    id: ability.id,
    name: ability.name,
    key: ability.key,
    domain: ability.domain,
    kind: ability.kind,
    summary: ability.summary,
    status: ability.status,
    created_at: ability.createdAt.getTime(),
    updated_at: ability.updatedAt.getTime(),
  };
}

/** The repertoire in SQLite. */
export class SqliteRepertoireStore implements RepertoireStore {
  readonly #sql: Statements;
  readonly #aliases: SqliteAliases;

  constructor(private readonly db: Database.Database) {
    this.#sql = new Statements(db);
    this.#aliases = new SqliteAliases(this.#sql);
  }

  listAbilities(filter: AbilityFilter = {}): Ability[] {
    const rows = this.#sql
      .get(
        `SELECT * FROM abilities
         WHERE (@domain IS NULL OR domain = @domain) AND (@status IS NULL OR status = @status)
         ORDER BY domain, name COLLATE NOCASE`,
      )
      .all({ domain: filter.domain ?? null, status: filter.status ?? null }) as AbilityRow[];
    const aliases = this.#aliases.namesByAbility();
    return rows.map((row) => toAbility(row, aliases));
  }

  getAbility(id: string): Ability | undefined {
    const row = this.#sql.get('SELECT * FROM abilities WHERE id = ?').get(id) as AbilityRow | undefined;
    if (!row) return undefined;
    const names = this.#sql
      .get('SELECT name FROM ability_aliases WHERE ability_id = ? ORDER BY created_at, name')
      .pluck()
      .all(id) as string[];
    return toAbility(row, new Map(names.length ? [[id, names]] : []));
  }

  findAbilitiesByName(name: string): Ability[] {
    // lower() in SQLite folds ASCII only; compare in JS so that any language's letters fold alike.
    const wanted = name.toLocaleLowerCase();
    const rows = this.#sql.get('SELECT * FROM abilities').all() as AbilityRow[];
    const aliases = this.#aliases.namesByAbility();
    return rows
      .filter((row) => row.name.toLocaleLowerCase() === wanted)
      .map((row) => toAbility(row, aliases));
  }

  insertAbility(ability: Ability): void {
    this.#sql
      .get(
        `INSERT INTO abilities (id, name, key, domain, kind, summary, status, created_at, updated_at)
         VALUES (@id, @name, @key, @domain, @kind, @summary, @status, @created_at, @updated_at)`,
      )
      .run(toRow(ability));
  }

  updateAbility(ability: Ability): void {
    this.#sql
      .get(
        `UPDATE abilities SET name = @name, key = @key, domain = @domain, kind = @kind, summary = @summary,
         status = @status, updated_at = @updated_at WHERE id = @id`,
      )
      .run(toRow(ability));
  }

  removeAbility(id: string): void {
    this.#sql.get('DELETE FROM abilities WHERE id = ?').run(id);
    this.#sql.get("DELETE FROM vectors WHERE owner_kind = 'ability' AND owner_id = ?").run(id);
  }

  mergeAbility(fromId: string, into: Ability): void {
    const clashing = this.#sql
      .get(
        `SELECT mine.id AS mine, theirs.id AS theirs FROM tricks mine
         JOIN tricks theirs ON theirs.ability_id = ? AND theirs.key = mine.key WHERE mine.ability_id = ?`,
      )
      .all(into.id, fromId) as { mine: string; theirs: string }[];
    for (const { mine, theirs } of clashing) {
      this.#sql.get('UPDATE cards SET trick_id = ? WHERE trick_id = ?').run(theirs, mine);
      this.#sql.get('DELETE FROM tricks WHERE id = ?').run(mine);
    }
    // Aliases follow (one the other ability already has stays once); the merged name becomes one in the use case.
    this.#sql
      .get('UPDATE OR IGNORE ability_aliases SET ability_id = ? WHERE ability_id = ?')
      .run(into.id, fromId);
    for (const table of ['tricks', 'cards', 'ability_events']) {
      this.#sql.get(`UPDATE ${table} SET ability_id = ? WHERE ability_id = ?`).run(into.id, fromId);
    }
    // Needs and used abilities are JSON lists of { name, abilityId, ... }: rewrite those that name it.
    const pattern = `%"abilityId":${JSON.stringify(fromId)}%`;
    for (const [table, column] of [
      ['ideas', 'needs'],
      ['artifacts', 'abilities'],
    ] as const) {
      const rows = this.#sql
        .get(`SELECT id, ${column} AS list FROM ${table} WHERE ${column} LIKE ?`)
        .all(pattern) as {
        id: string;
        list: string;
      }[];
      for (const row of rows) {
        const list = (JSON.parse(row.list) as { name: string; abilityId?: string }[]).map((entry) =>
          entry.abilityId === fromId ? { ...entry, name: into.name, abilityId: into.id } : entry,
        );
        this.#sql.get(`UPDATE ${table} SET ${column} = ? WHERE id = ?`).run(JSON.stringify(list), row.id);
      }
    }
    this.removeAbility(fromId);
  }

  addAbilityEvent(event: AbilityEvent): void {
    this.#sql
      .get('INSERT INTO ability_events (ability_id, status, at) VALUES (?, ?, ?)')
      .run(event.abilityId, event.status, event.at.getTime());
  }

  listAbilityEvents(): AbilityEvent[] {
    const rows = this.#sql.get('SELECT ability_id, status, at FROM ability_events ORDER BY at, id').all() as {
      ability_id: string;
      status: AbilityStatus;
      at: number;
    }[];
    return rows.map((row) => ({ abilityId: row.ability_id, status: row.status, at: new Date(row.at) }));
  }

  listAliases(): AbilityAlias[] {
    return this.#aliases.list();
  }

  addAlias(alias: AbilityAlias): void {
    this.#aliases.add(alias);
  }

  removeAlias(abilityId: string, key: string): void {
    this.#aliases.remove(abilityId, key);
  }

  listNotYet(): NotYet[] {
    return this.#aliases.listNotYet();
  }

  rememberNotYet(entry: NotYet): void {
    this.#aliases.rememberNotYet(entry);
  }

  forgetNotYet(key: string): void {
    this.#aliases.forgetNotYet(key);
  }

  domains(): string[] {
    const rows = this.#sql.get('SELECT DISTINCT domain FROM abilities ORDER BY domain').all() as {
      domain: string;
    }[];
    return rows.map((row) => row.domain);
  }

  domainCounts(limit: number): { domain: string; total: number; own: number }[] {
    return this.#sql
      .get(
        `SELECT domain, count(*) AS total, sum(status = 'own') AS own FROM abilities
         GROUP BY domain ORDER BY total DESC, domain LIMIT ?`,
      )
      .all(limit) as { domain: string; total: number; own: number }[];
  }

  getPerson(): Person | undefined {
    const row = this.#sql.get('SELECT * FROM person WHERE id = 1').get() as
      | { name: string; about: string; domains: string; created_at: number }
      | undefined;
    if (!row) return undefined;
    return {
      name: row.name,
      about: row.about,
      domains: JSON.parse(row.domains) as string[],
      createdAt: new Date(row.created_at),
    };
  }

  savePerson(person: Person): void {
    this.#sql
      .get(
        `INSERT INTO person (id, name, about, domains, created_at) VALUES (1, @name, @about, @domains, @created_at)
         ON CONFLICT (id) DO UPDATE SET name = @name, about = @about, domains = @domains`,
      )
      .run({
        name: person.name,
        about: person.about,
        domains: JSON.stringify(person.domains),
        created_at: person.createdAt.getTime(),
      });
  }

  transaction<T>(work: () => T): T {
    // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading read locks.
    return this.db.transaction(work).immediate();
  }
}

translatesSqliteErrors(SqliteRepertoireStore);
