import { beforeAll, describe, expect, it } from 'vitest';
import { storeGoal } from '../../../test/support/goal-fixture.js';
import { spawnChops } from '../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { wordEmbedder } from '../../../test/support/word-embedder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteIdeaStore } from '../../adapters/store/sqlite-idea-store.js';
import { SqliteRepertoireStore } from '../../adapters/store/sqlite-repertoire-store.js';
import { SqliteVectorStore } from '../../adapters/store/sqlite-vector-store.js';
import type { Need } from '../../domain/idea.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { addAbilities } from '../repertoire/add-abilities.js';
import { answerChecklist, parseAnswer } from './answers.js';
import { type ChecklistDeps, checklistLength, goalChecklist } from './checklist.js';

const tempFolder = temporaryFolders();
let embedder: Embedder;
beforeAll(async () => {
  embedder = await wordEmbedder();
});

function depsAt(home: string): ChecklistDeps {
  const db = openDatabase(home);
  let id = 0;
  return {
    store: new SqliteRepertoireStore(db),
    vectors: new SqliteVectorStore(db),
    ideas: new SqliteIdeaStore(db),
    embedder,
    clock: { now: () => new Date('2026-03-01T10:00:00Z') },
    generateId: () => `id${++id}`,
  };
}

const unplaced = (name: string): Need => ({ name, how: `uses ${name}`, status: 'new' });

describe('checklist answers', () => {
  it('refuses nonsense in one line, and applies nothing of a list with one bad answer', async () => {
    expect(parseAnswer(' Not-Yet ')).toBe('not yet');
    expect(() => parseAnswer('maybe?')).toThrow('answer yes, not yet or skip, not "maybe?"');
    const deps = depsAt(tempFolder());
    await expect(
      answerChecklist(
        [
          { name: 'pipetting', answer: 'yes' },
          { name: 'gel imaging', answer: '42' as never },
        ],
        { domain: 'biochemistry' },
        deps,
      ),
    ).rejects.toThrow(/answer yes, not yet or skip/);
    expect(deps.store.listAbilities()).toEqual([]);
  });

  it('is bounded and puts first what would turn ideas solo, among thousands of needs', async () => {
    const deps = depsAt(tempFolder());
    await addAbilities({ names: ['SDS-PAGE'], domain: 'biochemistry' }, deps);
    const own: Need = { name: 'SDS-PAGE', how: 'gel', status: 'own' };
    const ideas = Array.from({ length: 200 }, (_, i) => ({
      id: `i${i}`,
      title: `Idea ${i}`,
      // Every idea needs fifteen obscure things; idea 7 and idea 8 need only "pipetting" besides their own.
      needs:
        i === 7 || i === 8
          ? [own, unplaced('pipetting')]
          : Array.from({ length: 15 }, (_, j) => unplaced(`obscure technique ${i * 15 + j}`)),
    }));
    storeGoal(deps.ideas, { id: 'g', text: 'a goal', domain: 'biochemistry' }, ideas);
    const items = await goalChecklist('g', deps);
    expect(items).toHaveLength(checklistLength);
    expect(items[0]).toMatchObject({ name: 'pipetting', neededBy: 2, completes: 2 });
  });

  it('lands answers given in two processes at once, both', async () => {
    const home = tempFolder();
    const deps = depsAt(home);
    await addAbilities({ names: ['westerns'], domain: 'biochemistry' }, deps);
    storeGoal(deps.ideas, { id: 'g', text: 'a cheaper assay', domain: 'biochemistry' }, [
      { id: 'a', title: 'Pipetted', needs: [unplaced('pipetting'), unplaced('PCR amplification')] },
      { id: 'b', title: 'Plotted', needs: [unplaced('Microsoft Excel')] },
    ]);
    const results = await Promise.all([
      spawnChops(['can', 'pipetting', 'Microsoft Excel', '-d', 'biochemistry'], { home }),
      spawnChops(['can', 'PCR amplification', 'pipetting', '-d', 'biochemistry'], { home }),
    ]);
    expect(results.map((r) => [r.code, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    const names = deps.store.listAbilities().map((a) => a.name);
    expect(names.sort()).toEqual(['Microsoft Excel', 'PCR amplification', 'pipetting', 'westerns']);
    // Whichever answered last re-mapped from what both had said: both ideas are solo now.
    expect(deps.ideas.listIdeas({ goalId: 'g' }).map((i) => [i.id, i.set])).toEqual([
      ['a', 'solo'],
      ['b', 'solo'],
    ]);
  });
});
