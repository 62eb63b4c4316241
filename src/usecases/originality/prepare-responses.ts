import { contentWords, objectKey, responseWords } from '../../domain/originality/content-words.js';
import type { PreparedResponse } from '../../domain/originality/originality-features.js';
import type { Embedder } from '../../domain/ports/embedder.js';

/** A use (or idea) for an object, as a person or a model wrote it. */
export interface ObjectResponse {
  object: string;
  response: string;
}

/** Content words, length and vectors of each response (objects embedded once each). */
export async function prepareResponses(
  items: readonly ObjectResponse[],
  embedder: Embedder,
): Promise<PreparedResponse[]> {
  const objects = [...new Set(items.map((item) => item.object.trim()))];
  const objectVectors = new Map<string, Float32Array>();
  (await embedder.embed(objects)).forEach((vector, i) => {
    objectVectors.set(objects[i]!, vector);
  });
  const vectors = await embedder.embed(items.map((item) => item.response));
  return items.map((item, i) => ({
    objectKey: objectKey(item.object),
    words: contentWords(item.response, item.object),
    wordCount: responseWords(item.response).length,
    vector: vectors[i]!,
    objectVector: objectVectors.get(item.object.trim())!,
  }));
}
