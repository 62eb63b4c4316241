import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createAnswerChecker } from '../adapters/card-checks/answer-checker.js';
import { ConfigFile } from '../adapters/config/config-file.js';
import {
  findLocalEmbeddingModel,
  locateWordVectors,
  WordVectorEmbedder,
  WordVectors,
} from '../adapters/embeddings/index.js';
import { createFormats } from '../adapters/formats/index.js';
import { SandboxHost } from '../adapters/formats/js/sandbox-host.js';
import { findDefaultLocalModel } from '../adapters/local-model/index.js';
import {
  AiSdkThinker,
  findConfiguredModelName,
  type LanguageModelV3,
  type ModelStatus,
  NO_MODEL_MESSAGE,
  openEmbedder,
  openLanguageModel,
  parseModelName,
  resolveTimeouts,
  secretValues,
} from '../adapters/models/index.js';
import { resolveDataFolder } from '../adapters/store/index.js';
import { ModelError, UserInputError } from '../domain/errors/index.js';
import type { AnswerChecker } from '../domain/ports/answer-checker.js';
import type { Clock, GenerateId } from '../domain/ports/clock.js';
import type { Embedder } from '../domain/ports/embedder.js';
import type { ArtifactFormats } from '../domain/ports/format-checker.js';
import type { Thinker } from '../domain/ports/thinker.js';
import { newRecordId } from '../domain/record-id.js';
import { AppStores } from './app/app-stores.js';
import { release } from './app/lifetime.js';
import { UseCaseDeps } from './app/use-case-deps.js';

interface ChopsAppOptions {
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

/** How a face asks for the model: `onNote` hears of retries (a request's progress events, say). */
export interface ThinkerOptions {
  onNote?: (text: string) => void;
}

/**
 * The one place that wires adapters into use cases, for the CLI and the server alike, and the owner of
 * everything it opens: the database and its stores, one language model per model name, the embedder
 * and the sandbox process. Everything is opened on first use, so that `chops --help` or `chops config`
 * never touch the database or vectors; `close()` (or `await using`) lets go of all of it.
 */
export class ChopsApp extends AppStores implements AsyncDisposable {
  readonly config: ConfigFile;
  readonly clock: Clock;
  readonly generateId: GenerateId = () => newRecordId(randomBytes);
  /** The dependencies of every use case; the faces take them from here and nowhere else. */
  readonly deps: UseCaseDeps;
  readonly #options: ChopsAppOptions;
  /** One language model per model name for the life of the app: a local one loads its file once. */
  readonly #languageModels = new Map<string, LanguageModelV3>();
  /** The process generated JavaScript runs in: started on the first js check, killed on close. */
  readonly #sandbox = this.lifetime.lazy(
    () => new SandboxHost(),
    (host) => host.dispose(),
  );
  readonly #formats = this.lifetime.lazy(() => createFormats({ js: { host: this.#sandbox() } }));
  readonly #embedder = this.lifetime.lazy(
    () => this.#createEmbedder(),
    async (embedder) => release(await embedder.catch(() => undefined)),
  );

  constructor(options: ChopsAppOptions) {
    super(resolveDataFolder({ flag: options.home, env: options.env }));
    this.#options = options;
    this.config = new ConfigFile(this.home);
    this.clock = clockFrom(options.env.CHOPS_NOW);
    this.deps = new UseCaseDeps(this, this.lifetime, { env: options.env, onNote: options.onNote });
    this.lifetime.defer(async () => {
      const models = [...this.#languageModels.values()];
      this.#languageModels.clear();
      await Promise.all(models.map(release));
    });
  }

  /**
   * The formats of the format registry with their checks; each loads what it needs (sandbox, schema,
   * renderer) only when first used.
   */
  get formats(): ArtifactFormats {
    return this.#formats();
  }

  /** Checks answers to checked apply cards with the format checkers (the sandbox for js). */
  get answerChecker(): AnswerChecker {
    return createAnswerChecker(this.formats);
  }

  /**
   * The embedding model: `--embed-model`, `CHOPS_EMBED_MODEL`, the config file, else the local embedding
   * model in the data folder (`chops model pull`), else the word vectors.
   */
  embedder(): Promise<Embedder> {
    return this.#embedder();
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
  async thinker(options: ThinkerOptions = {}): Promise<Thinker> {
    if (this.lifetime.closed) throw new Error('chops was already closed'); // nothing new to let go of
    const status = await this.modelStatus();
    if (!status.configured) throw new ModelError(status.advice, { code: 'no_model' });
    const env = this.#options.env;
    const name = parseModelName(status.name, status.source);
    let model = this.#languageModels.get(name.text);
    if (!model) {
      model = openLanguageModel(name, {
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

  /**
   * Lets go of everything the app opened: the database, the loaded models (a local model's memory is
   * released), the local embedder and the sandbox process. Closing again does nothing.
   */
  close(): Promise<void> {
    return this.lifetime.close();
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
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
    const local = name?.trim() ? undefined : await findLocalEmbeddingModel(this.modelsDir);
    const chosen = name?.trim() || (local && `local:${local.name}`);
    if (chosen) {
      const fetch = this.#options.fetch;
      return openEmbedder(chosen, { env, modelsDir: this.modelsDir, ...(fetch ? { fetch } : {}) });
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
