import type { Clock, GenerateId } from '../../domain/ports/clock.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import type { RepertoireStore } from '../../domain/ports/repertoire-store.js';
import type { VectorStore } from '../../domain/ports/vector-store.js';

/** What the repertoire use cases need; the faces wire real adapters in, tests wire fakes. */
export interface RepertoireDeps {
  store: RepertoireStore;
  vectors: VectorStore;
  embedder: Embedder;
  clock: Clock;
  generateId: GenerateId;
  /** Cosine similarity at which two names in one domain are one ability (default in deduplication.ts). */
  mergeSimilarity?: number;
}
