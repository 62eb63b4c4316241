import { APICallError } from 'ai';
import { MockEmbeddingModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { errorKindOf, ModelError } from '../../domain/errors/index.js';
import { norm } from '../../domain/vector.js';
import { ProviderEmbedder } from './provider-embedder.js';

const KEY = 'sk-test-abcdefghijklmnopqrstuvwxyz0123456789';

/** A model that embeds each text as [length, number of spaces, 1] and records what it was sent. */
function lengthModel(options: { maxEmbeddingsPerCall?: number } = {}) {
  return new MockEmbeddingModelV3({
    maxEmbeddingsPerCall: options.maxEmbeddingsPerCall ?? 100,
    doEmbed: async ({ values }) => ({
      embeddings: values.map((text) => [text.length, text.split(' ').length - 1, 1]),
      warnings: [],
    }),
  });
}

function failingModel(error: unknown) {
  return new MockEmbeddingModelV3({
    doEmbed: async () => {
      throw error;
    },
  });
}

describe('ProviderEmbedder', () => {
  it('is named for the chops model name and returns unit vectors in order', async () => {
    const model = lengthModel();
    const embedder = new ProviderEmbedder({ modelName: 'openai:text-embedding-3-small', model });
    expect(embedder.model).toBe('openai:text-embedding-3-small');
    const vectors = await embedder.embed(['swing feel', 'odd meter time']);
    expect(vectors).toHaveLength(2);
    for (const vector of vectors) expect(norm(vector)).toBeCloseTo(1, 6);
    expect(vectors[0]![0]! / vectors[0]![2]!).toBeCloseTo(10, 5);
    expect(vectors[1]![1]! / vectors[1]![2]!).toBeCloseTo(2, 5);
    expect(model.doEmbedCalls[0]?.values).toEqual(['swing feel', 'odd meter time']);
  });

  it('splits large batches as the model asks', async () => {
    const model = lengthModel({ maxEmbeddingsPerCall: 2 });
    const vectors = await new ProviderEmbedder({ modelName: 'm', model }).embed([
      'a',
      'bb',
      'ccc',
      'dddd',
      'e',
    ]);
    expect(vectors).toHaveLength(5);
    expect(model.doEmbedCalls.map((call) => call.values)).toEqual([['a', 'bb'], ['ccc', 'dddd'], ['e']]);
  });

  it('calls nothing for no texts', async () => {
    const model = lengthModel();
    expect(await new ProviderEmbedder({ modelName: 'm', model }).embed([])).toEqual([]);
    expect(model.doEmbedCalls).toHaveLength(0);
  });

  it('gives blank texts zero vectors without sending them once it knows the dimensions', async () => {
    const model = lengthModel();
    const embedder = new ProviderEmbedder({ modelName: 'm', model });
    await embedder.embed(['first']);
    const [blank, text, spaces] = await embedder.embed(['', 'jazz', '   ']);
    expect(Array.from(blank!)).toEqual([0, 0, 0]);
    expect(Array.from(spaces!)).toEqual([0, 0, 0]);
    expect(norm(text!)).toBeCloseTo(1, 6);
    expect(model.doEmbedCalls.at(-1)?.values).toEqual(['jazz']);
  });

  it('turns provider failures into one-line ModelErrors without keys', async () => {
    const error = new APICallError({
      message: `Incorrect API key provided: ${KEY}.\nSee the docs.`,
      url: 'https://api.example/v1/embeddings',
      requestBodyValues: {},
      statusCode: 401,
      isRetryable: false,
    });
    const embedder = new ProviderEmbedder({
      modelName: 'openai:e',
      model: failingModel(error),
      maxRetries: 0,
    });
    const failure = await embedder.embed(['x']).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(ModelError);
    const { message, isRetryable } = failure as ModelError;
    expect(message).toMatch(/^Embedding with openai:e failed \(HTTP 401\): Incorrect API key provided/);
    expect(message).not.toContain(KEY);
    expect(message).not.toContain('\n');
    // A ModelError, which the CLI answers with exit code 3 (faces/cli/exit-codes.ts).
    expect(errorKindOf(failure)).toBe('ModelError');
    expect(isRetryable).toBe(false);
  });

  it('retries retryable failures, then reports the last one as retryable', async () => {
    const error = new APICallError({
      message: 'Service unavailable',
      url: 'u',
      requestBodyValues: {},
      statusCode: 503,
      isRetryable: true,
    });
    const model = failingModel(error);
    const embedder = new ProviderEmbedder({ modelName: 'm', model, maxRetries: 1 });
    const failure = (await embedder.embed(['x']).catch((caught: unknown) => caught)) as ModelError;
    expect(failure).toBeInstanceOf(ModelError);
    expect(failure.message).toMatch(/HTTP 503.*Service unavailable/);
    expect(failure.isRetryable).toBe(true);
    expect(model.doEmbedCalls).toHaveLength(2);
  }, 10_000);

  it('rejects answers of the wrong count or shape', async () => {
    const short = new MockEmbeddingModelV3({
      maxEmbeddingsPerCall: 10,
      doEmbed: { embeddings: [[1, 2]], warnings: [] },
    });
    await expect(new ProviderEmbedder({ modelName: 'm', model: short }).embed(['a', 'b'])).rejects.toThrow(
      ModelError,
    );
    const ragged = new MockEmbeddingModelV3({
      maxEmbeddingsPerCall: 10,
      doEmbed: { embeddings: [[1, 2], [1]], warnings: [] },
    });
    await expect(new ProviderEmbedder({ modelName: 'm', model: ragged }).embed(['a', 'b'])).rejects.toThrow(
      /malformed embedding/,
    );
  });

  it('passes an abort through as it is', async () => {
    const controller = new AbortController();
    const model = new MockEmbeddingModelV3({
      doEmbed: async ({ abortSignal }) => {
        controller.abort();
        abortSignal?.throwIfAborted();
        return { embeddings: [[1]], warnings: [] };
      },
    });
    const failure = await new ProviderEmbedder({ modelName: 'm', model })
      .embed(['a'], { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect(failure).not.toBeInstanceOf(ModelError);
    expect((failure as Error).name).toBe('AbortError');
  });
});
