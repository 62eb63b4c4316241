import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFormats } from '../src/adapters/formats/index.js';
import { openDatabase } from '../src/adapters/store/open-database.js';
import { SqliteIdeaStore } from '../src/adapters/store/sqlite-idea-store.js';
import { SqliteRepertoireStore } from '../src/adapters/store/sqlite-repertoire-store.js';
import { SqliteVectorStore } from '../src/adapters/store/sqlite-vector-store.js';
import { nameKey } from '../src/domain/ability-name.js';
import { ideaText } from '../src/domain/idea.js';
import { type ImagineDeps, imagine } from '../src/usecases/imagine/imagine.js';
import { storeGoal } from '../test/support/goal-fixture.js';
import { scriptedThinker } from '../test/support/scripted-model.js';
import { wordEmbedder } from '../test/support/word-embedder.js';

const runs = 5;
const instruments = ['violin', 'piano', 'cello', 'flute', 'oboe', 'drums', 'voice', 'guitar'];
const subjects = ['harmony', 'rhythm', 'timbre', 'form', 'texture', 'melody', 'dynamics', 'space'];

const candidate = (i: number) => ({
  title: `Idea ${i}: ${subjects[i % 8]} study for ${instruments[(i * 3) % 8]}`,
  pitch: `A piece that explores ${subjects[(i + 3) % 8]} through ${instruments[i % 8]} and field recordings.`,
  lens: 'a lens',
  needs: [
    { name: `${subjects[i % 8]} analysis`, how: 'shape the piece' },
    { name: `${instruments[i % 8]} technique ${i % 40}`, how: 'play it' },
    { name: 'audio programming', how: 'process the recordings' },
  ],
});

/**
 * chops's own time in one `imagine` (everything but the model, which answers instantly) with 10, 1,000
 * and 10,000 abilities and 10,000 earlier ideas, and the size of what is sent to the model at each.
 */
export default async function imagineBench(): Promise<void> {
  const embedder = await wordEmbedder();
  const sizes: number[] = [];
  for (const abilityCount of [10, 1_000, 10_000]) {
    const folder = await mkdtemp(join(tmpdir(), 'chops-bench-imagine-'));
    try {
      const db = openDatabase(folder);
      const { thinker, model } = scriptedThinker((prompt) =>
        prompt.includes('lenses for imagining')
          ? { lenses: [{ name: 'an acoustician', angle: 'sound' }] }
          : {
              ideas: Array.from({ length: 10 }, (_, i) => candidate(i + (prompt.includes('ALONE') ? 0 : 10))),
            },
      );
      let id = 0;
      const deps: ImagineDeps = {
        store: new SqliteRepertoireStore(db),
        vectors: new SqliteVectorStore(db),
        ideas: new SqliteIdeaStore(db),
        formats: createFormats(),
        embedder,
        thinker,
        clock: { now: () => new Date() },
        generateId: () => `b${++id}`,
      };
      await seed(deps, abilityCount, 10_000);
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const before = model.doGenerateCalls.length;
        const started = performance.now();
        await imagine({ goal: `a suite for string quartet and tape, take ${run}`, domain: 'music' }, deps);
        times.push(performance.now() - started);
        if (run === 0)
          sizes.push(JSON.stringify(model.doGenerateCalls.slice(before).map((c) => c.prompt)).length);
      }
      const median = [...times].sort((a, b) => a - b)[Math.floor(runs / 2)]!;
      const mark = abilityCount === 10_000 ? (median < 300 ? ' ✓' : ' ✗') : '';
      console.log(
        `imagine, ${abilityCount.toLocaleString('en')} abilities + 10,000 earlier ideas: median ${median.toFixed(1)} ms of ${runs}` +
          `${abilityCount === 10_000 ? ' (goal < 300 ms)' : ''}${mark}; request ${sizes.at(-1)!.toLocaleString('en')} chars`,
      );
      db.close();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
  const ratio = sizes[2]! / sizes[0]!;
  console.log(
    `request size at 10,000 abilities / at 10: ${ratio.toFixed(2)}× (goal ≤ 1.5×) ${ratio <= 1.5 ? '✓' : '✗'}`,
  );
}

/** Abilities and earlier ideas with their vectors already stored, as after months of use. */
async function seed(deps: ImagineDeps, abilities: number, ideas: number): Promise<void> {
  const now = new Date();
  const names = Array.from(
    { length: abilities },
    (_, i) => `${instruments[i % 8]} ${subjects[(i >> 3) % 8]} technique ${i}`,
  );
  const abilityVectors = await deps.embedder.embed(names);
  const ideaRows = Array.from({ length: ideas }, (_, i) => ({
    ...candidate(i + 1000),
    title: `Earlier idea ${i} on ${subjects[i % 8]}`,
  }));
  const ideaVectors = await deps.embedder.embed(ideaRows.map(ideaText));
  deps.store.transaction(() => {
    names.forEach((name, i) => {
      const ability = {
        id: `a${i}`,
        name,
        key: nameKey(name),
        domain: 'music',
        kind: 'technique' as const,
        summary: '',
        status: i % 3 ? ('own' as const) : ('lent' as const),
        createdAt: now,
        updatedAt: now,
      };
      deps.store.insertAbility(ability);
      deps.vectors.putVector('ability', ability.id, deps.embedder.model, abilityVectors[i]!);
    });
    storeGoal(
      deps.ideas,
      { id: 'g0', text: 'earlier', domain: 'music', createdAt: now },
      ideaRows.map((row, i) => ({ id: `e${i}`, title: row.title, pitch: row.pitch, lens: row.lens })),
    );
    ideaRows.forEach((_, i) => {
      deps.vectors.putVector('idea', `e${i}`, deps.embedder.model, ideaVectors[i]!);
    });
  });
}
