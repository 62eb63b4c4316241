import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { createAnswerChecker } from '../adapters/card-checks/answer-checker.js';
import { ConfigFile } from '../adapters/config/config-file.js';
import { EnglishDictionary, locateDictionary, wordLexicon } from '../adapters/dictionary/index.js';
import {
  findLocalEmbeddingModel,
  LocalEmbedder,
  locateWordVectors,
  ProviderEmbedder,
  resolveLocalEmbeddingModel,
  WordVectorEmbedder,
  WordVectors,
} from '../adapters/embeddings/index.js';
import { createFormatCheckers } from '../adapters/formats/index.js';
import { createFsrsOptimizer } from '../adapters/fsrs/fsrs-optimizer.js';
import { findDefaultLocalModel } from '../adapters/local-model/index.js';
import {
  AiSdkThinker,
  createEmbeddingModel,
  createLanguageModel,
  findConfiguredModelName,
  type LanguageModelV3,
  NO_MODEL_MESSAGE,
  parseModelName,
  resolveTimeouts,
  secretValues,
} from '../adapters/models/index.js';
import { createPhraseTransposer } from '../adapters/music/transpose.js';
import { readOriginalityNorms } from '../adapters/norms/originality-norms-file.js';
import {
  openDatabase,
  resolveDataFolder,
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
} from '../adapters/store/index.js';
import type { DatLexicon } from '../domain/dat.js';
import { ModelError, UserInputError } from '../domain/errors/index.js';
import type { AnswerChecker } from '../domain/ports/answer-checker.js';
import type { Clock, GenerateId } from '../domain/ports/clock.js';
import type { Embedder } from '../domain/ports/embedder.js';
import type { FormatCheckers } from '../domain/ports/format-checker.js';
import type { Thinker } from '../domain/ports/thinker.js';
import { defaultLeechLapses } from '../domain/practice/load.js';
import { defaultMasteryDays } from '../domain/practice/mastery.js';
import { newRecordId, type RecordKind } from '../domain/record-id.js';
import type { AutDeps } from '../usecases/aut/aut-deps.js';
import type { CardDeps } from '../usecases/cards/card-deps.js';
import type { DatDeps } from '../usecases/dat/dat-deps.js';
import type { LearnDeps } from '../usecases/learn/learn.js';
import type { MeasureDeps } from '../usecases/measure/measure.js';
import type { OriginalityDeps } from '../usecases/originality/score-responses.js';
import type { DrillDeps } from '../usecases/practice/drill.js';
import type { FitDeps } from '../usecases/practice/fit-scheduler.js';
import type { PracticeDeps } from '../usecases/practice/practice-deps.js';
import type { RepertoireDeps } from '../usecases/repertoire/repertoire-deps.js';
import type { TransferDeps } from '../usecases/transfer/transfer-deps.js';

export interface ChopsAppOptions {
  home?: string | undefined;
  model?: string | undefined;
  embedModel?: string | undefined;
  env: NodeJS.ProcessEnv;
  fetch?: typeof globalThis.fetch | undefined;
  /** Progress and notes meant for the person (building the word vectors on first use, say). */
  onNote?: (text: string) => void;
  /** How to run `local:` models; tests use one thread and a small context. */
  localModel?: { threads?: number; contextSize?: number } | undefined;
}

export type ModelStatus =
  | { configured: true; name: string; source: string }
  | { configured: false; advice: string };

/**
 * The one place that wires adapters into use cases, for the CLI and the server alike. Everything is
 * opened on first use, so that `chops --help` or `chops config` never touch the database or vectors.
 */
export class ChopsApp {
  readonly home: string;
  readonly config: ConfigFile;
  readonly clock: Clock;
  readonly generateId: GenerateId = () => newRecordId(randomBytes);
  readonly #options: ChopsAppOptions;
  #db: Database.Database | undefined;
  #store: SqliteRepertoireStore | undefined;
  #vectors: SqliteVectorStore | undefined;
  #ideas: SqliteIdeaStore | undefined;
  #artifacts: SqliteArtifactStore | undefined;
  #checkers: FormatCheckers | undefined;
  #practice: SqlitePracticeStore | undefined;
  #choices: SqliteLearningChoiceStore | undefined;
  #fits: SqliteSchedulerFitStore | undefined;
  #embedder: Promise<Embedder> | undefined;
  #datScores: SqliteDatStore | undefined;
  #datLexicon: Promise<DatLexicon> | undefined;
  #ledger: SqliteLedgerStore | undefined;
  /** One language model per model name for the life of the app: a local one loads its file once. */
  readonly #languageModels = new Map<string, LanguageModelV3>();
  #autScores: SqliteAutStore | undefined;
  #mine: SqliteMineStore | undefined;
  #originality: Promise<OriginalityDeps> | undefined;

  constructor(options: ChopsAppOptions) {
    this.#options = options;
    this.home = resolveDataFolder({ flag: options.home, env: options.env });
    this.config = new ConfigFile(this.home);
    this.clock = clockFrom(options.env.CHOPS_NOW);
  }

  get db(): Database.Database {
    this.#db ??= openDatabase(this.home);
    return this.#db;
  }

  /**
   * The whole id a person typed a prefix of (CLI arguments, API paths), or what they typed when no
   * record has such an id (the caller's "no such …" then applies). Several matches refuse.
   */
  resolveId(kind: RecordKind, typed: string): string {
    return resolveTypedId(this.db, kind, typed) ?? typed.trim();
  }

  get store(): SqliteRepertoireStore {
    this.#store ??= new SqliteRepertoireStore(this.db);
    return this.#store;
  }

  get vectors(): SqliteVectorStore {
    this.#vectors ??= new SqliteVectorStore(this.db);
    return this.#vectors;
  }

  get ideas(): SqliteIdeaStore {
    this.#ideas ??= new SqliteIdeaStore(this.db);
    return this.#ideas;
  }

  get practice(): SqlitePracticeStore {
    this.#practice ??= new SqlitePracticeStore(this.db);
    return this.#practice;
  }

  /** Tricks, cards and reviews over the same database as the repertoire (mastery writes both at once). */
  practiceDeps(): PracticeDeps {
    const config = this.config.read();
    this.#fits ??= new SqliteSchedulerFitStore(this.db);
    return {
      practice: this.practice,
      repertoire: this.store,
      clock: this.clock,
      generateId: this.generateId,
      masteryDays: config['mastery-days'] ?? defaultMasteryDays,
      fits: this.#fits,
      dailyLimit: config['daily-limit'],
      leechLapses: config['leech-lapses'] ?? defaultLeechLapses,
    };
  }

  get choices(): SqliteLearningChoiceStore {
    this.#choices ??= new SqliteLearningChoiceStore(this.db);
    return this.#choices;
  }

  /** What `learn` needs; `thinker` replaces the app's when a face wants to say it is being asked. */
  learnDeps(thinker: () => Promise<Thinker> = () => this.thinker()): LearnDeps {
    return {
      ...this.practiceDeps(),
      artifacts: this.artifacts,
      choices: this.choices,
      answerChecker: this.answerChecker,
      thinker,
    };
  }

  /** What changing a card and tracing its source need. */
  cardDeps(): CardDeps {
    return {
      practice: this.practice,
      repertoire: this.store,
      clock: this.clock,
      generateId: this.generateId,
      choices: this.choices,
      artifacts: this.artifacts,
      ideas: this.ideas,
    };
  }

  /** Practice deps with fsrs-rs's optimizer, for fitting the scheduler to the person's reviews. */
  fitDeps(): FitDeps {
    return { ...this.practiceDeps(), fitter: createFsrsOptimizer() };
  }

  /** Practice deps with abcjs' transposition, for drills of abc tricks. */
  drillDeps(): DrillDeps {
    return { ...this.practiceDeps(), transposer: createPhraseTransposer() };
  }

  get datScores(): SqliteDatStore {
    this.#datScores ??= new SqliteDatStore(this.db);
    return this.#datScores;
  }

  /**
   * The Divergent Association Task's dependencies: the dictionary and the embedded word vectors (never
   * a provider's embedding model, whatever is configured) and the score store; no model at all.
   */
  async dat(): Promise<DatDeps> {
    return {
      lexicon: await this.datLexicon(),
      store: this.datScores,
      clock: this.clock,
      generateId: this.generateId,
    };
  }

  /** The DAT's dictionary and word vectors, without the database: `--file` scores others' lists. */
  datLexicon(): Promise<DatLexicon> {
    this.#datLexicon ??= (async () => {
      const onProgress = (text: string) => this.#options.onNote?.(text);
      const env = this.#options.env;
      const vectors = WordVectors.open(await locateWordVectors({ env, home: this.home, onProgress }));
      const dictionary = EnglishDictionary.open(locateDictionary({ env, home: this.home, onProgress }));
      return wordLexicon(dictionary, vectors);
    })();
    return this.#datLexicon;
  }

  get autScores(): SqliteAutStore {
    this.#autScores ??= new SqliteAutStore(this.db);
    return this.#autScores;
  }

  /**
   * The offline originality scorer: the shipped norms and the embedded word vectors they were built
   * with (never a provider's embedding model: the norms' clusters and weights belong to these vectors).
   */
  originality(): Promise<OriginalityDeps> {
    this.#originality ??= (async () => {
      const onProgress = (text: string) => this.#options.onNote?.(text);
      const path = await locateWordVectors({ env: this.#options.env, home: this.home, onProgress });
      return { norms: readOriginalityNorms(), embedder: new WordVectorEmbedder(WordVectors.open(path)) };
    })();
    return this.#originality;
  }

  /** The person's own ideas (the `mine` set). */
  get mine(): SqliteMineStore {
    this.#mine ??= new SqliteMineStore(this.db);
    return this.#mine;
  }

  /** What imagine needs beyond the repertoire, ideas and thinker: the person's own ideas and originality. */
  async imagineExtras(): Promise<{ mine: SqliteMineStore; originality: OriginalityDeps }> {
    return { mine: this.mine, originality: await this.originality() };
  }

  /** The Alternative Uses Task: the scorer and the store of the person's answers; no model. */
  async aut(): Promise<AutDeps> {
    return {
      originality: await this.originality(),
      store: this.autScores,
      clock: this.clock,
      generateId: this.generateId,
    };
  }

  /** The ledger's read-only aggregates, for `chops stats`. */
  get ledger(): SqliteLedgerStore {
    this.#ledger ??= new SqliteLedgerStore(this.db);
    return this.#ledger;
  }

  measureDeps(): MeasureDeps {
    return { ledger: this.ledger, clock: this.clock, ownIdeas: new SqliteOwnIdeasLedgerStore(this.db) };
  }

  /** Every store over the one database, for export and import (one transaction spans them all). */
  transferDeps(): TransferDeps {
    return {
      repertoire: this.store,
      ideas: this.ideas,
      artifacts: this.artifacts,
      practice: this.practice,
      dat: this.datScores,
      aut: this.autScores,
      mine: this.mine,
      vectors: this.vectors,
      clock: this.clock,
      generateId: this.generateId,
    };
  }

  get artifacts(): SqliteArtifactStore {
    this.#artifacts ??= new SqliteArtifactStore(this.db);
    return this.#artifacts;
  }

  /** The format checkers; each loads what it needs (sandbox, schema, renderer) only when first used. */
  get checkers(): FormatCheckers {
    this.#checkers ??= createFormatCheckers();
    return this.#checkers;
  }

  /** Checks answers to checked apply cards with the format checkers (the sandbox for js). */
  get answerChecker(): AnswerChecker {
    return createAnswerChecker(this.checkers);
  }

  /**
   * The embedding model: `--embed-model`, `CHOPS_EMBED_MODEL`, the config file, else the local embedding
   * model in the data folder (`chops model pull`), else the word vectors.
   */
  embedder(): Promise<Embedder> {
    this.#embedder ??= this.#createEmbedder();
    return this.#embedder;
  }

  async repertoire(): Promise<RepertoireDeps> {
    return {
      store: this.store,
      vectors: this.vectors,
      embedder: await this.embedder(),
      calibrations: new SqliteCalibrationStore(this.db),
      clock: this.clock,
      generateId: this.generateId,
    };
  }

  /** Where `local:` models live. */
  get modelsDir(): string {
    return join(this.home, 'models');
  }

  /**
   * The model for use cases that think: the one configured, else the local model in the data folder
   * (no account needed), else a ModelError (exit 3) that says how to get one. No network is touched.
   * Retries are told to `onNote` (a request's progress events), else to the app's notes.
   */
  async thinker(options: { onNote?: (text: string) => void } = {}): Promise<Thinker> {
    const status = await this.modelStatus();
    if (!status.configured) throw new ModelError(status.advice, { code: 'no_model' });
    const env = this.#options.env;
    const name = parseModelName(status.name, status.source);
    let model = this.#languageModels.get(name.text);
    if (!model) {
      model = createLanguageModel(name, {
        env,
        modelsDir: this.modelsDir,
        ...(this.#options.fetch ? { fetch: this.#options.fetch } : {}),
        ...(this.#options.localModel ? { localOptions: this.#options.localModel } : {}),
      });
      this.#languageModels.set(name.text, model);
    }
    const config = this.config.read();
    return new AiSdkThinker({
      modelName: name.text,
      model,
      timeouts: resolveTimeouts(name.provider, { env, config }),
      secrets: secretValues(env),
      onNote: options.onNote ?? ((text) => this.#options.onNote?.(`… ${text}`)),
    });
  }

  /** Which model applies and where that was set, or how to get one. */
  async modelStatus(): Promise<ModelStatus> {
    const found = findConfiguredModelName(this.#modelSources());
    if (found) return { configured: true, name: found.name, source: found.origin };
    const local = await findDefaultLocalModel(this.modelsDir);
    if (local) return { configured: true, name: `local:${local.name}`, source: 'the models folder' };
    return { configured: false, advice: NO_MODEL_MESSAGE };
  }

  /** The domain for a new ability: the flag, else the config file's, else the person's first domain. */
  defaultDomain(flag: string | undefined): string {
    return flag ?? this.config.read().domain ?? this.store.getPerson()?.domains[0] ?? 'general';
  }

  /** Closes the database and frees the loaded models (a local model's memory is released). */
  async close(): Promise<void> {
    this.#db?.close();
    this.#db = undefined;
    const models = [...this.#languageModels.values()];
    this.#languageModels.clear();
    await Promise.allSettled(
      models.map((model) => (model as Partial<{ dispose(): Promise<void> }>).dispose?.()),
    );
  }

  #modelSources() {
    const config = this.config.read().model;
    return {
      env: this.#options.env,
      ...(this.#options.model !== undefined ? { flag: this.#options.model } : {}),
      ...(config !== undefined ? { config } : {}),
    };
  }

  async #createEmbedder(): Promise<Embedder> {
    const env = this.#options.env;
    const name = this.#options.embedModel ?? env.CHOPS_EMBED_MODEL ?? this.config.read()['embed-model'];
    const local = name?.trim().startsWith('local:')
      ? resolveLocalEmbeddingModel(name.trim().slice('local:'.length), this.modelsDir)
      : name?.trim()
        ? undefined
        : await findLocalEmbeddingModel(this.modelsDir);
    const threads = Number(env.CHOPS_EMBED_THREADS) || undefined;
    if (local)
      return new LocalEmbedder({
        modelName: `local:${local.name}`,
        path: local.path,
        ...(threads && { threads }),
      });
    if (name?.trim()) {
      const environment = { env, ...(this.#options.fetch ? { fetch: this.#options.fetch } : {}) };
      return new ProviderEmbedder({ modelName: name, model: createEmbeddingModel(name, environment) });
    }
    const path = await locateWordVectors({
      env,
      home: this.home,
      onProgress: (text: string) => this.#options.onNote?.(text),
    });
    return new WordVectorEmbedder(WordVectors.open(path));
  }
}

function clockFrom(fixed: string | undefined): Clock {
  if (fixed === undefined || fixed === '') return { now: () => new Date() };
  const at = new Date(fixed);
  if (Number.isNaN(at.getTime())) throw new UserInputError(`CHOPS_NOW is not an ISO 8601 time: "${fixed}"`);
  return { now: () => new Date(at) };
}
