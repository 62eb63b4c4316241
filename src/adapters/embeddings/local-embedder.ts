import { availableParallelism } from 'node:os';
import type { LlamaEmbeddingContext, LlamaModel } from 'node-llama-cpp';
import { ModelError } from '../../domain/errors/index.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { normalise } from '../../domain/vector.js';
import { disposeOnExit } from '../local-model/exit-disposal.js';
import { hasGgufMagic } from '../local-model/gguf-magic.js';
import { sharedLlama } from '../local-model/llama-engine.js';

/** Options for {@link LocalEmbedder}. */
export interface LocalEmbedderOptions {
  /** The chops model name, `local:<name>`; it becomes {@link Embedder.model}. */
  modelName: string;
  /** The embedding GGUF file. */
  path: string;
  /**
   * CPU threads (`CHOPS_EMBED_THREADS`). Default: up to four: embedding models are small, and more
   * threads than that mostly wait on each other. One is fastest for tiny test models.
   */
  threads?: number;
  /** Tokens a text may have; longer texts are cut to fit. Default 512 (BERT-style models' limit). */
  contextSize?: number;
}

interface Loaded {
  model: LlamaModel;
  context: LlamaEmbeddingContext;
  unregister: () => void;
}

/**
 * An {@link Embedder} running an embedding GGUF in this process through node-llama-cpp. The model is
 * loaded on the first call (the engine once per process) and texts are embedded one after another:
 * the engine is CPU-bound, so running two at once would only make both slower.
 */
export class LocalEmbedder implements Embedder {
  readonly model: string;
  readonly #options: LocalEmbedderOptions;
  #loaded: Promise<Loaded> | undefined;
  #turn: Promise<unknown> = Promise.resolve();

  constructor(options: LocalEmbedderOptions) {
    this.model = options.modelName;
    this.#options = options;
  }

  /** One unit vector per text; blank texts get zero vectors. */
  embed(texts: readonly string[], options: { signal?: AbortSignal } = {}): Promise<Float32Array[]> {
    const run = this.#turn.then(() => this.#embedAll(texts, options.signal));
    this.#turn = run.catch(() => undefined);
    return run;
  }

  /** Frees the model and its context; the next call loads them again. */
  async dispose(): Promise<void> {
    const loading = this.#loaded;
    this.#loaded = undefined;
    const loaded = await loading?.catch(() => undefined);
    if (!loaded) return;
    loaded.unregister();
    await loaded.context.dispose();
    await loaded.model.dispose();
  }

  async #embedAll(texts: readonly string[], signal: AbortSignal | undefined): Promise<Float32Array[]> {
    signal?.throwIfAborted();
    if (texts.length === 0) return [];
    const { context, model } = await this.#load();
    const dims = model.embeddingVectorSize;
    const vectors: Float32Array[] = [];
    for (const text of texts) {
      signal?.throwIfAborted();
      if (text.trim() === '') {
        vectors.push(new Float32Array(dims));
        continue;
      }
      try {
        const { vector } = await context.getEmbeddingFor(this.#fitted(context, text));
        if (vector.length !== dims || vector.some((x) => !Number.isFinite(x))) {
          throw new Error(`a malformed embedding (${vector.length} values)`);
        }
        vectors.push(normalise(vector));
      } catch (error) {
        throw new ModelError(`Embedding with ${this.model} failed: ${messageOf(error)}`, {
          cause: error,
          code: 'embedding_failed',
        });
      }
    }
    return vectors;
  }

  /** The text, cut at a word boundary until it fits the context. */
  #fitted(context: LlamaEmbeddingContext, text: string): string {
    const limit = this.#options.contextSize ?? 512;
    let fitted = text;
    for (let length = context.calculateInputLength(fitted); length > limit; ) {
      const keep = Math.floor((fitted.length * limit) / length) - 1;
      const cut = fitted.lastIndexOf(' ', keep);
      fitted = fitted.slice(0, cut > 0 ? cut : keep);
      length = context.calculateInputLength(fitted);
    }
    return fitted;
  }

  #load(): Promise<Loaded> {
    this.#loaded ??= this.#loadModel().catch((error: unknown) => {
      this.#loaded = undefined;
      throw error;
    });
    return this.#loaded;
  }

  async #loadModel(): Promise<Loaded> {
    // llama.cpp is slow to give up on a file that is not a model: tell that cheaply first.
    if (!(await hasGgufMagic(this.#options.path).catch(() => false))) {
      throw new ModelError(`The embedding model ${this.#options.path} could not be loaded: not a GGUF file`, {
        code: 'local_model_load',
      });
    }
    const llama = await sharedLlama();
    let model: LlamaModel | undefined;
    try {
      model = await llama.loadModel({ modelPath: this.#options.path });
      const context = await model.createEmbeddingContext({
        contextSize: this.#options.contextSize ?? 512,
        threads: this.#options.threads ?? Math.min(4, availableParallelism()),
      });
      const unregister = disposeOnExit({ abortAll: () => {}, dispose: () => this.dispose() });
      return { model, context, unregister };
    } catch (error) {
      await model?.dispose();
      throw new ModelError(
        `The embedding model ${this.#options.path} could not be loaded: ${messageOf(error)}`,
        {
          cause: error,
          code: 'local_model_load',
        },
      );
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
