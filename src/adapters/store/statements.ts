import type Database from 'better-sqlite3';

/**
 * Prepared statements, prepared once per connection: preparing costs more than running a small query,
 * and the stores run the same few queries thousands of times (seeding, scanning, imports).
 */
export class Statements {
  readonly #cache = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  get(sql: string): Database.Statement {
    let statement = this.#cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.#cache.set(sql, statement);
    }
    return statement;
  }
}
