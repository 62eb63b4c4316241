import { beforeAll, describe, expect, it } from 'vitest';
import { scriptedThinker } from '../../../test/support/scripted-model.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { wordEmbedder } from '../../../test/support/word-embedder.js';
import { createFormats } from '../../adapters/formats/index.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteIdeaStore } from '../../adapters/store/sqlite-idea-store.js';
import { SqliteMineStore } from '../../adapters/store/sqlite-mine-store.js';
import { SqliteRepertoireStore } from '../../adapters/store/sqlite-repertoire-store.js';
import { SqliteVectorStore } from '../../adapters/store/sqlite-vector-store.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { realOriginalityDeps } from '../originality/test-support/real-originality.js';
import { addAbilities } from '../repertoire/add-abilities.js';
import { type ImagineDeps, imagine } from './imagine.js';

const tempFolder = temporaryFolders();
let embedder: Embedder;
beforeAll(async () => {
  embedder = await wordEmbedder();
});

const mine = [
  'Time the colour change of the reaction with a stopwatch and plot it by hand',
  'Use paper chromatography to compare spot sizes between enzyme batches',
];

// What a strong model sends for the needs call: its own naming, one idea numbered and the other
// forgotten, a need named twice. (Code fences are the thinker's business, tested there.)
const mineNeedsAnswer = `{"ideas": [{"number": 2, "needs": [
  {"name": "Chromatography", "how": "Separating the reaction products on filter paper."},
  {"name": "chromatography ", "how": "Again, for the second batch."},
  {"name": "Image analysis", "how": "Measuring spot areas from a photograph."}
]}]}`;

const modelIdea = (title: string, pitch: string, needs: string[]) => ({
  title,
  pitch,
  lens: 'a field ecologist',
  needs: needs.map((name) => ({ name, how: `Uses ${name} to get there.` })),
});

describe('imagine with the person’s own ideas first', () => {
  it('stores them before any model call, tells the model not to repeat them, and measures them like the model’s', async () => {
    const db = openDatabase(tempFolder());
    const mineStore = new SqliteMineStore(db);
    const prompts: string[] = [];
    const storedAtFirstCall: string[] = [];
    const { thinker } = scriptedThinker((prompt) => {
      if (prompts.length === 0) storedAtFirstCall.push(...mineStore.listMine().map((idea) => idea.text));
      prompts.push(prompt);
      if (prompt.includes('lenses for imagining'))
        return { lenses: [{ name: 'a field ecologist', angle: 'x' }] };
      if (prompt.includes('wrote down these ideas')) return mineNeedsAnswer;
      if (prompt.includes('ALONE')) {
        return {
          ideas: [
            modelIdea(
              'Stopwatch kinetics on the bench',
              'Follow the colour change by eye, note the time at each shade, and fit the curve by hand. Cheap and fast.',
              ['statistics'],
            ),
          ],
        };
      }
      return {
        ideas: [
          modelIdea(
            'Phone-camera colorimetry',
            'Film the cuvette under a desk lamp and let a short script turn hue into reaction rate.',
            ['Python scripting', 'image analysis'],
          ),
        ],
      };
    });
    let id = 0;
    const deps: ImagineDeps = {
      store: new SqliteRepertoireStore(db),
      vectors: new SqliteVectorStore(db),
      ideas: new SqliteIdeaStore(db),
      formats: createFormats(),
      mine: mineStore,
      originality: realOriginalityDeps(),
      embedder,
      thinker,
      clock: { now: () => new Date('2026-03-01T10:00:00Z') },
      generateId: () => `id${++id}`,
    };
    await addAbilities({ names: ['statistics', 'chromatography'], domain: 'biochemistry' }, deps);

    const result = await imagine(
      {
        goal: 'a cheaper assay for enzyme activity',
        domain: 'biochemistry',
        count: 2,
        mine: [...mine, '  ', mine[0]!],
      },
      deps,
    );

    expect(storedAtFirstCall).toEqual(mine);
    // Every idea-writing prompt carries the person's ideas as ones not to repeat.
    const ideaPrompts = prompts.filter((p) => p.includes('ALONE') || p.includes('REACH'));
    expect(ideaPrompts).toHaveLength(2);
    for (const prompt of ideaPrompts) {
      expect(prompt).toContain('do not repeat them');
      expect(prompt).toContain(mine[1]);
    }
    // One call only for their needs; it asks for needs, never for new ideas.
    expect(prompts.filter((p) => p.includes('wrote down these ideas'))).toHaveLength(1);

    expect(result.mine.map((idea) => idea.text)).toEqual(mine);
    const [first, second] = result.mine;
    expect(first!.needs).toEqual([]); // the model forgot it: no needs, reach unknown
    expect(first!.reach).toBeUndefined();
    expect(second!.needs.map((need) => [need.name, need.status])).toEqual([
      ['chromatography', 'own'],
      ['Image analysis', 'new'],
    ]);
    expect(second!.reach).toBe(0.5);
    for (const idea of result.mine) {
      expect(idea.novelty).toBeGreaterThan(0);
      expect(idea.originality).toBeGreaterThanOrEqual(1);
      expect(result.originality.get(idea.id)).toBe(idea.originality);
    }
    for (const idea of [...result.solo, ...result.reach]) expect(result.originality.has(idea.id)).toBe(true);
    expect(result.mineSpread).toBeGreaterThan(0);

    const stored = mineStore.mineForGoal(result.goal.id);
    expect(stored.map((idea) => [idea.text, idea.reach, idea.goalText])).toEqual([
      [mine[0], undefined, 'a cheaper assay for enzyme activity'],
      [mine[1], 0.5, 'a cheaper assay for enzyme activity'],
    ]);
    expect(stored[1]!.originality).toBeCloseTo(second!.originality!, 6);
    expect(deps.vectors.getVectors('mine', embedder.model).size).toBe(2);
  });

  it('keeps the person’s ideas when the model then fails', async () => {
    const db = openDatabase(tempFolder());
    const mineStore = new SqliteMineStore(db);
    const { thinker } = scriptedThinker(() => 'I cannot help with that.');
    let id = 0;
    const deps: ImagineDeps = {
      store: new SqliteRepertoireStore(db),
      vectors: new SqliteVectorStore(db),
      ideas: new SqliteIdeaStore(db),
      formats: createFormats(),
      mine: mineStore,
      embedder,
      thinker,
      clock: { now: () => new Date('2026-03-01T10:00:00Z') },
      generateId: () => `id${++id}`,
    };
    await expect(
      imagine({ goal: 'a ballad for my quartet', domain: 'jazz', mine: ['a ballad in 5/4'] }, deps),
    ).rejects.toThrow();
    expect(mineStore.listMine().map((idea) => idea.text)).toEqual(['a ballad in 5/4']);
  });
});
