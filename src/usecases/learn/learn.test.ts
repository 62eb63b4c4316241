import { beforeAll, describe, expect, it } from 'vitest';
import { storeGoal } from '../../../test/support/goal-fixture.js';
import { scriptedThinker } from '../../../test/support/scripted-model.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { wordEmbedder } from '../../../test/support/word-embedder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteArtifactStore } from '../../adapters/store/sqlite-artifact-store.js';
import { SqliteIdeaStore } from '../../adapters/store/sqlite-idea-store.js';
import { SqlitePracticeStore } from '../../adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../../adapters/store/sqlite-repertoire-store.js';
import { SqliteVectorStore } from '../../adapters/store/sqlite-vector-store.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { addAbilities } from '../repertoire/add-abilities.js';
import { type LearnDeps, learn } from './learn.js';

const tempFolder = temporaryFolders();
let embedder: Embedder;
beforeAll(async () => {
  embedder = await wordEmbedder();
});

const card = (kind: 'recall' | 'apply', prompt: string) => ({ kind, prompt, answer: `answer to ${prompt}` });
const trick = (
  ability: string,
  name: string,
  cards = [card('recall', `what is ${name}?`), card('apply', `use ${name}`)],
) => ({
  ability,
  name,
  explanation: `${name} explained.`,
  example: 'X:1\nK:C\nCDEF|',
  cards,
});

async function setUp(respond: (prompt: string, call: number) => unknown) {
  const db = openDatabase(tempFolder());
  let id = 0;
  const repertoire = new SqliteRepertoireStore(db);
  const base = {
    store: repertoire,
    vectors: new SqliteVectorStore(db),
    embedder,
    clock: { now: () => new Date('2026-05-01T10:00:00Z') },
    generateId: () => `id${++id}`,
  };
  await addAbilities({ names: ['ii-V-I voicings'], domain: 'jazz' }, base);
  const [drop2, tritone] = await addAbilities(
    { names: ['drop-2 voicings', 'tritone substitution'], domain: 'jazz', status: 'lent' },
    base,
  );
  const own = repertoire.listAbilities({ status: 'own' })[0]!;
  const ideas = new SqliteIdeaStore(db);
  const artifacts = new SqliteArtifactStore(db);
  const now = new Date('2026-05-01T09:00:00Z');
  storeGoal(ideas, { id: 'g', text: 'a ballad', domain: 'jazz', createdAt: now }, [
    { id: 'i', title: 'Ballad', pitch: 'A ballad.', reach: 1 },
  ]);
  const abilities = [
    { name: own.name, how: 'the A section', status: 'own' as const, abilityId: own.id },
    { name: 'drop-2 voicings', how: 'the bridge', status: 'lent' as const, abilityId: drop2!.ability.id },
    {
      name: 'tritone substitution',
      how: 'the turnaround',
      status: 'lent' as const,
      abilityId: tritone!.ability.id,
    },
  ];
  artifacts.insertArtifact({
    id: 'art',
    ideaId: 'i',
    format: 'abc',
    title: 'Ballad',
    passed: true,
    abilities,
    model: 'mock',
    createdAt: now,
  });
  artifacts.addAttempt({
    artifactId: 'art',
    number: 1,
    content: 'X:1\nT:Ballad\nM:4/4\nL:1/4\nK:F\nF A c e|',
    check: { passed: true, problems: [], durationMs: 1 },
    createdAt: now,
  });
  const { thinker, model } = scriptedThinker(respond);
  const deps: LearnDeps = {
    practice: new SqlitePracticeStore(db),
    repertoire,
    clock: base.clock,
    generateId: base.generateId,
    artifacts,
    thinker: async () => thinker,
  };
  return { deps, model, own, drop2: drop2!.ability, tritone: tritone!.ability };
}

describe('learn', () => {
  it('turns the tricks of abilities the person lacks into cards, and makes those abilities learning', async () => {
    const { deps, model, drop2, tritone } = await setUp(() => ({
      tricks: [
        trick('drop-2 voicings', 'Drop the second voice'),
        trick('tritone substitution', 'Sub the V7'),
        trick('drop-2 voicings', 'drop the second voice'),
      ],
    }));
    const result = await learn({ artifactId: 'art' }, deps);
    expect(result.saved.map((s) => s.trick.name)).toEqual(['Drop the second voice', 'Sub the V7']);
    expect(
      result.saved.every(
        (s) => s.cards.length === 2 && s.trick.artifactId === 'art' && s.trick.format === 'abc',
      ),
    ).toBe(true);
    expect(result.nowLearning.map((a) => a.id).sort()).toEqual([drop2.id, tritone.id].sort());
    expect(deps.repertoire.getAbility(drop2.id)?.status).toBe('learning');
    // The own ability was never offered to the model.
    const prompt = JSON.stringify(model.doGenerateCalls[0]!.prompt);
    expect(prompt).toContain('drop-2 voicings');
    expect(prompt).not.toContain('ii-V-I voicings: the A section');
  });

  it('adds nothing when the same artifact is learned twice, and asks no model', async () => {
    const { deps, model } = await setUp(() => ({
      tricks: [trick('drop-2 voicings', 'Drop the second voice')],
    }));
    await learn({ artifactId: 'art' }, deps);
    const again = await learn({ artifactId: 'art' }, deps);
    expect(again).toMatchObject({ saved: [], nothingToLearn: 'already learned' });
    expect(model.doGenerateCalls).toHaveLength(1);
  });

  it('has nothing to learn when every ability used is own', async () => {
    const { deps, model, drop2, tritone } = await setUp(() => ({ tricks: [] }));
    for (const ability of [drop2, tritone]) deps.repertoire.updateAbility({ ...ability, status: 'own' });
    expect(await learn({ artifactId: 'art' }, deps)).toMatchObject({ nothingToLearn: 'all own' });
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it('sends back tricks without an apply card or tied to an ability not offered, then accepts the repair', async () => {
    const { deps, model } = await setUp((_prompt, call) =>
      call === 0
        ? {
            tricks: [
              trick('drop-2 voicings', 'Only recall', [card('recall', 'a'), card('recall', 'b')]),
              trick('juggling', 'Invented'),
            ],
          }
        : { tricks: [trick('drop-2 voicings', 'Drop the second voice')] },
    );
    const result = await learn({ artifactId: 'art' }, deps);
    expect(model.doGenerateCalls).toHaveLength(2);
    expect(JSON.stringify(model.doGenerateCalls[1]!.prompt)).toMatch(
      /recall card and one apply card|Invalid option/,
    );
    expect(result.saved.map((s) => s.trick.name)).toEqual(['Drop the second voice']);
  });

  it('skips a trick the ability already has, and saves nothing when the model keeps failing', async () => {
    const first = await setUp(() => ({
      tricks: [
        trick('drop-2 voicings', 'Drop the second voice'),
        trick('drop-2 voicings', 'Spread the drop-2 voicing'),
      ],
    }));
    const { artifacts } = first.deps;
    const made = artifacts.getArtifact('art')!;
    await learn(
      { artifactId: 'art' },
      {
        ...first.deps,
        thinker: async () =>
          scriptedThinker(() => ({ tricks: [trick('drop-2 voicings', 'Drop the second voice')] })).thinker,
      },
    );
    // A second artifact using the same ability: its known trick is skipped, the new one kept.
    artifacts.insertArtifact({ ...made, id: 'art2' });
    artifacts.addAttempt({ ...artifacts.listAttempts('art')[0]!, artifactId: 'art2' });
    const second = await learn({ artifactId: 'art2' }, first.deps);
    expect(second.skipped.map((s) => s.trick.name)).toEqual(['Drop the second voice']);
    expect(second.saved.map((s) => s.trick.name)).toEqual(['Spread the drop-2 voicing']);

    const failing = await setUp(() => 'not json');
    await expect(learn({ artifactId: 'art' }, failing.deps)).rejects.toMatchObject({ exitCode: 3 });
    expect(failing.deps.practice.listTricks({})).toEqual([]);
    await expect(learn({ artifactId: 'nope' }, failing.deps)).rejects.toThrow('no artifact "nope"');
  });
});
