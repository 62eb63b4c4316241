/**
 * Embeddings: embedded word vectors, a local embedding GGUF run in-process, and provider embedding
 * models, all behind the Embedder port.
 */

export { LocalEmbedder, type LocalEmbedderOptions } from './local-embedder.js';
export { type LocateWordVectorsOptions, locateWordVectors, VECTORS_FILE } from './locate-word-vectors.js';
export { ProviderEmbedder, type ProviderEmbedderOptions } from './provider-embedder.js';
export {
  embeddingModelsDir,
  findLocalEmbeddingModel,
  recommendedEmbeddingModel,
  resolveLocalEmbeddingModel,
} from './recommended-embedding-model.js';
export { WordVectorEmbedder, type WordVectorEmbedderOptions } from './word-vector-embedder.js';
export { type OpenWordVectorsOptions, WordVectors } from './word-vectors.js';
