import type Database from 'better-sqlite3';
import {
  openDatabase,
  resolveTypedId,
  SqliteArtifactStore,
  SqliteAutStore,
  SqliteCalibrationStore,
  SqliteDatStore,
  SqliteIdeaStore,
  SqliteLearningChoiceStore,
  SqliteLedgerStore,
  SqliteMineStore,
  SqliteOwnIdeasLedgerStore,
  SqlitePracticeStore,
  SqliteRepertoireStore,
  SqliteSchedulerFitStore,
  SqliteVectorStore,
} from '../../adapters/store/index.js';
import type { RecordKind } from '../../domain/record-id.js';
import { Lifetime } from './lifetime.js';

/**
 * The one database of a data folder and the stores over it, each opened on first use and closed with
 * the app (the database last but for what opened before it). {@link ChopsApp} builds on it.
 */
export class AppStores {
  /** What the app opened, released by its `close`. */
  protected readonly lifetime = new Lifetime();
  readonly #db: () => Database.Database;

  constructor(readonly home: string) {
    this.#db = this.lifetime.lazy(
      () => openDatabase(this.home),
      (db) => db.close(),
    );
  }

  get db(): Database.Database {
    return this.#db();
  }

  /**
   * The whole id a person typed a prefix of (CLI arguments, API paths), or what they typed when no
   * record has such an id (the caller's "no such …" then applies). Several matches refuse.
   */
  resolveId(kind: RecordKind, typed: string): string {
    return resolveTypedId(this.db, kind, typed) ?? typed.trim();
  }

  readonly #store = this.#over(SqliteRepertoireStore);
  readonly #vectors = this.#over(SqliteVectorStore);
  readonly #calibrations = this.#over(SqliteCalibrationStore);
  readonly #ideas = this.#over(SqliteIdeaStore);
  readonly #mine = this.#over(SqliteMineStore);
  readonly #artifacts = this.#over(SqliteArtifactStore);
  readonly #practice = this.#over(SqlitePracticeStore);
  readonly #choices = this.#over(SqliteLearningChoiceStore);
  readonly #fits = this.#over(SqliteSchedulerFitStore);
  readonly #datScores = this.#over(SqliteDatStore);
  readonly #autScores = this.#over(SqliteAutStore);
  readonly #ledger = this.#over(SqliteLedgerStore);
  readonly #ownIdeasLedger = this.#over(SqliteOwnIdeasLedgerStore);

  /** The person, their abilities and what they said "not yet" to. */
  get store(): SqliteRepertoireStore {
    return this.#store();
  }
  get vectors(): SqliteVectorStore {
    return this.#vectors();
  }
  /** Each embedder's calibration, kept across runs. */
  get calibrations(): SqliteCalibrationStore {
    return this.#calibrations();
  }
  get ideas(): SqliteIdeaStore {
    return this.#ideas();
  }
  /** The person's own ideas (the `mine` set). */
  get mine(): SqliteMineStore {
    return this.#mine();
  }
  get artifacts(): SqliteArtifactStore {
    return this.#artifacts();
  }
  /** Tricks, cards and reviews. */
  get practice(): SqlitePracticeStore {
    return this.#practice();
  }
  get choices(): SqliteLearningChoiceStore {
    return this.#choices();
  }
  /** The scheduler's fits to the person's reviews. */
  get fits(): SqliteSchedulerFitStore {
    return this.#fits();
  }
  get datScores(): SqliteDatStore {
    return this.#datScores();
  }
  get autScores(): SqliteAutStore {
    return this.#autScores();
  }
  /** The ledger's read-only aggregates, for `chops stats`. */
  get ledger(): SqliteLedgerStore {
    return this.#ledger();
  }
  get ownIdeasLedger(): SqliteOwnIdeasLedgerStore {
    return this.#ownIdeasLedger();
  }

  /** A store over the database, made on first use. */
  #over<T>(Store: new (db: Database.Database) => T): () => T {
    return this.lifetime.lazy(() => new Store(this.db));
  }
}
