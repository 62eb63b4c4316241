import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteRepertoireStore } from '../../adapters/store/sqlite-repertoire-store.js';
import { SqliteVectorStore } from '../../adapters/store/sqlite-vector-store.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { normalise } from '../../domain/vector.js';
import { abilityVectors } from './ability-vectors.js';
import { addAbilities } from './add-abilities.js';
import { mostSimilar } from './relevant-abilities.js';

const tempFolder = temporaryFolders();

/** An embedder that records what it was asked to embed; its vectors depend on the text's length. */
function recordingEmbedder(model: string, dims: number): Embedder & { seen: string[] } {
  const seen: string[] = [];
  return {
    model,
    seen,
    async embed(texts) {
      seen.push(...texts);
      return texts.map((text) =>
        normalise(Array.from({ length: dims }, (_, i) => ((text.length * (i + 1)) % 7) + 1)),
      );
    },
  };
}

describe('vectors after a change of embedding model', () => {
  it('re-embeds under the new model and never compares vectors of two models', async () => {
    const db = openDatabase(tempFolder());
    let id = 0;
    const base = {
      store: new SqliteRepertoireStore(db),
      vectors: new SqliteVectorStore(db),
      clock: { now: () => new Date() },
      generateId: () => `a${++id}`,
    };
    const first = recordingEmbedder('first:model', 3);
    await addAbilities(
      { names: ['counterpoint', 'voice leading'], domain: 'music' },
      { ...base, embedder: first },
    );
    expect(base.vectors.getVectors('ability', 'first:model').size).toBe(2);

    // A provider with other dimensions: comparing its vectors with the old ones would throw.
    const second = recordingEmbedder('second:model', 5);
    const abilities = base.store.listAbilities();
    const vectors = await abilityVectors(abilities, { vectors: base.vectors, embedder: second });
    const [query] = await second.embed(['counterpoint exercises']);
    expect(mostSimilar(query!, abilities, vectors, 2)).toHaveLength(2);
    expect(second.seen).toEqual(expect.arrayContaining(['counterpoint', 'voice leading']));
    expect(base.vectors.getVectors('ability', 'second:model').size).toBe(2);
    // The old vectors are kept for the old model, and nothing is embedded twice.
    expect(base.vectors.getVectors('ability', 'first:model').size).toBe(2);
    const again = recordingEmbedder('second:model', 5);
    await abilityVectors(abilities, { vectors: base.vectors, embedder: again });
    expect(again.seen).toEqual([]);
  });
});
