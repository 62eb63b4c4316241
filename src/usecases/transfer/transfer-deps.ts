import type { ArtifactStore } from '../../domain/ports/artifact-store.js';
import type { AutStore } from '../../domain/ports/aut-store.js';
import type { Clock, GenerateId } from '../../domain/ports/clock.js';
import type { DatStore } from '../../domain/ports/dat-store.js';
import type { IdeaStore } from '../../domain/ports/idea-store.js';
import type { MineStore } from '../../domain/ports/mine-store.js';
import type { PracticeStore } from '../../domain/ports/practice-store.js';
import type { RepertoireStore } from '../../domain/ports/repertoire-store.js';
import type { VectorStore } from '../../domain/ports/vector-store.js';

/**
 * The stores export and import read and write, all over one database: an import runs in the
 * repertoire store's transaction and every other store's writes land in it too.
 *
 * Vectors are derived data, tied to the embedding model that made them. Abilities' are not exported
 * (chops embeds what lacks a vector the first time it needs one, see repertoire/ability-vectors.ts);
 * ideas' and the person's own ideas' are, each tagged with its model: nothing embeds an own idea again,
 * and how alike the person's ideas are to the model's (the ledger) needs both.
 */
export interface TransferDeps {
  repertoire: RepertoireStore;
  ideas: IdeaStore;
  artifacts: ArtifactStore;
  practice: PracticeStore;
  dat: DatStore;
  /** The person's AUT answers and own ideas; absent in older wiring, then neither is exported. */
  aut?: AutStore;
  mine?: MineStore;
  /** Where ideas' and own ideas' vectors are read and written; absent, none are exported. */
  vectors?: VectorStore;
  clock: Clock;
  /** New ids for the file's records whose ids chops already uses for other records. */
  generateId: GenerateId;
}
