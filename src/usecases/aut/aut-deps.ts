import type { AutStore } from '../../domain/ports/aut-store.js';
import type { Clock, GenerateId } from '../../domain/ports/clock.js';
import type { OriginalityDeps } from '../originality/score-responses.js';

/**
 * What the AUT use cases receive. No Thinker: the task measures the person alone, and its scorer is
 * the offline one, with the embedder its norms were built with.
 */
export interface AutDeps {
  originality: OriginalityDeps;
  store: AutStore;
  clock: Clock;
  generateId: GenerateId;
}
