import { APICallError, type EmbeddingModel, embedMany, RetryError } from 'ai';
import { ModelError } from '../../domain/errors/index.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { normalise } from '../../domain/vector.js';
import { safeExcerpt } from '../models/redact.js';

/** Options for {@link ProviderEmbedder}. */
export interface ProviderEmbedderOptions {
  /** The chops model name, `provider:model`; it becomes {@link Embedder.model}. */
  modelName: string;
  /** The AI SDK embedding model to call. */
  model: EmbeddingModel;
  /** Retries of a failed call (timeouts, 429, 5xx) with the SDK's backoff. Default 2. */
  maxRetries?: number;
}

/** An {@link Embedder} over a provider's embedding model through the AI SDK's `embedMany`. */
export class ProviderEmbedder implements Embedder {
  readonly model: string;
  readonly #model: EmbeddingModel;
  readonly #maxRetries: number;
  /** Learned from the first answer, so blank texts can be given zero vectors of the right length. */
  #dims: number | undefined;

  constructor(options: ProviderEmbedderOptions) {
    this.model = options.modelName;
    this.#model = options.model;
    this.#maxRetries = options.maxRetries ?? 2;
  }

  /** One unit vector per text. Blank texts get zero vectors without being sent: providers reject them. */
  async embed(texts: readonly string[], options: { signal?: AbortSignal } = {}): Promise<Float32Array[]> {
    const sent = texts.flatMap((text, index) =>
      text.trim() === '' && this.#dims !== undefined ? [] : [index],
    );
    const vectors = new Map<number, Float32Array>();
    if (sent.length > 0) {
      const values = sent.map((index) => texts[index]!);
      let embeddings: number[][];
      try {
        ({ embeddings } = await embedMany({
          model: this.#model,
          values,
          maxRetries: this.#maxRetries,
          ...(options.signal ? { abortSignal: options.signal } : {}),
        }));
      } catch (error) {
        if (options.signal?.aborted) throw error;
        throw this.#failure(error);
      }
      if (embeddings.length !== values.length) {
        throw new ModelError(
          `${this.model} returned ${embeddings.length} embeddings for ${values.length} texts.`,
        );
      }
      for (const [position, embedding] of embeddings.entries()) {
        this.#dims ??= embedding.length;
        if (embedding.length !== this.#dims || embedding.some((x) => !Number.isFinite(x))) {
          throw new ModelError(`${this.model} returned a malformed embedding (${embedding.length} values).`);
        }
        vectors.set(sent[position]!, normalise(embedding));
      }
    }
    return texts.map((_, index) => vectors.get(index) ?? new Float32Array(this.#dims ?? 0));
  }

  #failure(error: unknown): ModelError {
    const last = RetryError.isInstance(error) ? error.lastError : error;
    const status = APICallError.isInstance(last) && last.statusCode ? ` (HTTP ${last.statusCode})` : '';
    const detail = last instanceof Error ? safeExcerpt(last.message) : 'unknown error';
    const isRetryable = APICallError.isInstance(last) ? last.isRetryable : false;
    return new ModelError(`Embedding with ${this.model} failed${status}: ${detail}`, {
      cause: error,
      isRetryable,
      code: 'embedding_failed',
    });
  }
}
