/**
 * Turns texts into vectors. `model` names what made the vectors (for example `words:wink-100d` or
 * `openai:text-embedding-3-small`); vectors of two different models are never compared.
 */
export interface Embedder {
  readonly model: string;
  /** One vector per text, in order. Vectors are unit length (or all zero for text it knows nothing of). */
  embed(texts: readonly string[], options?: { signal?: AbortSignal }): Promise<Float32Array[]>;
}
