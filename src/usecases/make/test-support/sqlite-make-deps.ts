import { openDatabase } from '../../../adapters/store/open-database.js';
import { SqliteArtifactStore } from '../../../adapters/store/sqlite-artifact-store.js';
import { SqliteIdeaStore } from '../../../adapters/store/sqlite-idea-store.js';
import { SqliteRepertoireStore } from '../../../adapters/store/sqlite-repertoire-store.js';
import { SqliteVectorStore } from '../../../adapters/store/sqlite-vector-store.js';
import type { Embedder } from '../../../domain/ports/embedder.js';
import type { ArtifactFormats } from '../../../domain/ports/format-checker.js';
import type { Thinker } from '../../../domain/ports/thinker.js';
import type { MakeDeps } from '../make.js';

/** Make's deps over a real SQLite file in `folder`, with a fixed clock and counted ids. */
export function sqliteMakeDeps(
  folder: string,
  parts: { thinker: Thinker; embedder: Embedder; formats: ArtifactFormats },
): MakeDeps {
  const db = openDatabase(folder);
  let id = 0;
  return {
    store: new SqliteRepertoireStore(db),
    vectors: new SqliteVectorStore(db),
    ideas: new SqliteIdeaStore(db),
    artifacts: new SqliteArtifactStore(db),
    ...parts,
    clock: { now: () => new Date('2026-04-01T09:00:00Z') },
    generateId: () => `id${++id}`,
  };
}
