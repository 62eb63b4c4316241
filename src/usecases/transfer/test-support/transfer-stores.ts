import type Database from 'better-sqlite3';
import { SqliteArtifactStore } from '../../../adapters/store/sqlite-artifact-store.js';
import { SqliteAutStore } from '../../../adapters/store/sqlite-aut-store.js';
import { SqliteDatStore } from '../../../adapters/store/sqlite-dat-store.js';
import { SqliteIdeaStore } from '../../../adapters/store/sqlite-idea-store.js';
import { SqliteMineStore } from '../../../adapters/store/sqlite-mine-store.js';
import { SqlitePracticeStore } from '../../../adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../../../adapters/store/sqlite-repertoire-store.js';
import { SqliteVectorStore } from '../../../adapters/store/sqlite-vector-store.js';
import type { TransferDeps } from '../transfer-deps.js';

/** Every store over one real database, as ChopsApp wires them. */
export function transferStores(db: Database.Database, now = new Date('2026-03-05T08:00:00Z')): TransferDeps {
  return {
    repertoire: new SqliteRepertoireStore(db),
    ideas: new SqliteIdeaStore(db),
    artifacts: new SqliteArtifactStore(db),
    practice: new SqlitePracticeStore(db),
    dat: new SqliteDatStore(db),
    aut: new SqliteAutStore(db),
    mine: new SqliteMineStore(db),
    vectors: new SqliteVectorStore(db),
    clock: { now: () => now },
    generateId: (() => {
      let next = 0;
      return () => `new${++next}`;
    })(),
  };
}

const tables = [
  'person',
  'abilities',
  'ability_events',
  'goals',
  'ideas',
  'artifacts',
  'attempts',
  'tricks',
  'cards',
  'reviews',
  'dat_scores',
  'aut_scores',
  'mine_ideas',
];

/** Rows per table: what an import that is refused must leave exactly as it was. */
export function rowCounts(db: Database.Database): Record<string, number> {
  return Object.fromEntries(
    tables.map((table) => [table, db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number]),
  );
}
