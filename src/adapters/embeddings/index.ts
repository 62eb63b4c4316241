/** Embeddings: embedded word vectors and provider embedding models, both behind the Embedder port. */
export { type LocateWordVectorsOptions, locateWordVectors, VECTORS_FILE } from './locate-word-vectors.js';
export { ProviderEmbedder, type ProviderEmbedderOptions } from './provider-embedder.js';
export { WordVectorEmbedder, type WordVectorEmbedderOptions } from './word-vector-embedder.js';
export { type OpenWordVectorsOptions, WordVectors } from './word-vectors.js';
