import { beforeAll, describe, expect, it } from 'vitest';
import { scriptedThinker } from '../../../test/support/scripted-model.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { wordEmbedder } from '../../../test/support/word-embedder.js';
import { createFormats } from '../../adapters/formats/index.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteIdeaStore } from '../../adapters/store/sqlite-idea-store.js';
import { SqliteRepertoireStore } from '../../adapters/store/sqlite-repertoire-store.js';
import { SqliteVectorStore } from '../../adapters/store/sqlite-vector-store.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { addAbilities } from '../repertoire/add-abilities.js';
import { type ImagineDeps, imagine } from './imagine.js';

const tempFolder = temporaryFolders();
let embedder: Embedder;
beforeAll(async () => {
  embedder = await wordEmbedder();
});

const idea = (title: string, pitch: string) => ({
  title,
  pitch,
  lens: 'a lens',
  needs: [{ name: 'carpentry', how: 'the frame' }],
});

function thinkerAnswering(solo: ReturnType<typeof idea>[], reach: ReturnType<typeof idea>[]) {
  // The person owns carpentry (below); each reach idea also needs something they lack, so that the
  // sets, which follow the needs, stay as the model meant them.
  const reaching = reach.map((r) => ({
    ...r,
    needs: [...r.needs, { name: 'kiln control', how: 'the heat' }],
  }));
  return scriptedThinker((prompt) => {
    if (prompt.includes('lenses for imagining')) return { lenses: [{ name: 'a sailor', angle: 'boats' }] };
    return { ideas: prompt.includes('ALONE') ? solo : reaching };
  }).thinker;
}

describe('imagining a goal asked before', () => {
  it('adds the new ideas to that goal instead of making a twin', async () => {
    const db = openDatabase(tempFolder());
    let id = 0;
    const base = {
      store: new SqliteRepertoireStore(db),
      vectors: new SqliteVectorStore(db),
      ideas: new SqliteIdeaStore(db),
      formats: createFormats(),
      embedder,
      clock: { now: () => new Date('2026-03-01T10:00:00Z') },
      generateId: () => `id${++id}`,
    };
    await addAbilities({ names: ['carpentry'], domain: 'woodwork' }, base);
    const deps = (thinker: ImagineDeps['thinker']): ImagineDeps => ({ ...base, thinker });
    const first = await imagine(
      { goal: 'Dry timber cheaply', domain: 'woodwork', count: 1 },
      deps(
        thinkerAnswering(
          [idea('Stack and sticker in the shed', 'Stack the boards with spacers under a roof for a year.')],
          [idea('Solar kiln for drying timber', 'Build a solar kiln from glazing and a small fan.')],
        ),
      ),
    );
    const second = await imagine(
      { goal: '  dry timber   CHEAPLY ', domain: 'woodwork', count: 1 },
      deps(
        thinkerAnswering(
          [
            idea(
              'Air-dry under a tarp with a fan',
              'Cover the stack loosely and keep air moving with a fan.',
            ),
          ],
          [
            idea(
              'Dehumidifier chamber from foam board',
              'Seal the boards in a foam box with a dehumidifier.',
            ),
          ],
        ),
      ),
    );
    expect(second.goal.id).toBe(first.goal.id);
    expect(second.goal.text).toBe('Dry timber cheaply');
    expect(second.goal.notes[0]).toContain('Added to your earlier goal "Dry timber cheaply"');
    expect(base.ideas.listGoals()).toHaveLength(1);
    const titles = base.ideas.listIdeas({ goalId: first.goal.id }).map((i) => i.title);
    expect(titles).toEqual([
      'Solar kiln for drying timber',
      'Dehumidifier chamber from foam board',
      'Stack and sticker in the shed',
      'Air-dry under a tarp with a fan',
    ]);
    // Another domain is another goal.
    const other = await imagine(
      { goal: 'dry timber cheaply', domain: 'boatbuilding', count: 1 },
      deps(
        thinkerAnswering([idea('Steam-bend green oak', 'Bend the oak green.')], [idea('Kiln', 'A kiln.')]),
      ),
    );
    expect(other.goal.id).not.toBe(first.goal.id);
  });
});
