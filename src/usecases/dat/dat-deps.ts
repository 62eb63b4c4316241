import type { DatLexicon } from '../../domain/dat.js';
import type { Clock, GenerateId } from '../../domain/ports/clock.js';
import type { DatStore } from '../../domain/ports/dat-store.js';

/**
 * What the DAT use cases receive. There is deliberately no Thinker and no Embedder here: the task
 * measures the person alone, so nothing in it can reach a model, and the vectors are always the
 * embedded word vectors the norms were calibrated with, whatever embedding model chops is set to.
 */
export interface DatDeps {
  lexicon: DatLexicon;
  store: DatStore;
  clock: Clock;
  generateId: GenerateId;
}
