import type { CalibrationStore } from '../../domain/ports/calibration-store.js';
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
  /** Where each embedder's calibration is kept; without it, calibrations last for the process only. */
  calibrations?: CalibrationStore;
}
