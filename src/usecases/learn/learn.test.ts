import { beforeAll, describe, expect, it } from 'vitest';
import { storeGoal } from '../../../test/support/goal-fixture.js';
import { scriptedThinker } from '../../../test/support/scripted-model.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { wordEmbedder } from '../../../test/support/word-embedder.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteArtifactStore } from '../../adapters/store/sqlite-artifact-store.js';
import { SqliteIdeaStore } from '../../adapters/store/sqlite-idea-store.js';
import { SqliteLearningChoiceStore } from '../../adapters/store/sqlite-learning-choice-store.js';
import { SqlitePracticeStore } from '../../adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../../adapters/store/sqlite-repertoire-store.js';
import { SqliteVectorStore } from '../../adapters/store/sqlite-vector-store.js';
import { ModelError } from '../../domain/errors/index.js';
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
    choices: new SqliteLearningChoiceStore(db),
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

  it('keeps every valid trick of twelve and repairs the one without an apply card on its own', async () => {
    const { deps, model } = await setUp((prompt, call) =>
      call === 0
        ? // A strong model's answer, as it comes: a sentence, then JSON in a code fence, one trick flawed.
          `Here are the tricks from your ballad, grouped by ability:\n\n\`\`\`json\n${JSON.stringify({ tricks: twelveTricks() }, null, 2)}\n\`\`\``
        : prompt.includes('cannot be used as it is')
          ? { trick: trick('drop-2 voicings', 'Voice-lead the drop-2 inner voices') }
          : 'unexpected',
    );
    const result = await learn({ artifactId: 'art' }, deps);
    expect(result.saved).toHaveLength(12);
    expect(result.repaired).toEqual(['Voice-lead the drop-2 inner voices']);
    expect(result.dropped).toEqual([]);
    // One call for the answer, one for the flawed trick alone; the others were never sent back.
    expect(model.doGenerateCalls).toHaveLength(2);
    const repair = JSON.stringify(model.doGenerateCalls[1]!.prompt);
    expect(repair).toContain('each trick needs at least one recall card and one apply card');
    expect(repair).toContain('Voice-lead the drop-2 inner voices');
    expect(repair).not.toContain('Backdoor ii-V');
    // The self-correcting card is kept as the model wrote it: the person can edit it.
    const cards = result.saved.flatMap((s) => s.cards);
    expect(cards.some((c) => c.answer.includes('No: it moves down a half step'))).toBe(true);
  });

  it("keeps a weak local model's good trick when the other forgot a field", async () => {
    // A 3B model on a CPU: terse, one trick without its example, a card kind in capitals.
    const weak = JSON.stringify({
      tricks: [
        {
          ability: 'tritone substitution',
          name: 'tritone sub',
          explanation: 'use bII7 for V7',
          example: '"Db7" D2|',
          cards: [
            { kind: 'recall', prompt: 'sub for G7?', answer: 'Db7' },
            { kind: 'apply', prompt: 'sub the V in Dm7 G7 C', answer: 'Dm7 Db7 C' },
          ],
        },
        {
          ability: 'drop-2 voicings',
          name: 'drop 2',
          explanation: 'drop the 2nd note',
          cards: [
            { kind: 'Recall', prompt: 'what is drop 2', answer: 'second voice down an octave' },
            { kind: 'apply', prompt: 'drop 2 of Cmaj7', answer: 'G C E B' },
          ],
        },
      ],
    });
    const { deps, model } = await setUp((_prompt, call) =>
      call === 0 ? weak : call === 1 ? 'drop 2 is when you drop the second note' : 'still not json',
    );
    const result = await learn({ artifactId: 'art' }, deps);
    expect(result.saved.map((s) => s.trick.name)).toEqual(['tritone sub']);
    expect(result.dropped).toEqual([{ name: 'drop 2', reason: expect.stringContaining('example') }]);
    // The answer itself was never sent back whole: one call, then repairs of the one flawed trick.
    expect(JSON.stringify(model.doGenerateCalls[1]!.prompt)).toContain('drop the 2nd note');
    expect(JSON.stringify(model.doGenerateCalls[1]!.prompt)).not.toContain('use bII7 for V7');
  });

  it('drops a trick whose repair fails too, with a note, and keeps the rest', async () => {
    const { deps } = await setUp((prompt, call) =>
      call === 0
        ? {
            tricks: [
              trick('drop-2 voicings', 'Drop the second voice'),
              trick('tritone substitution', 'Invented ability', [card('recall', 'a')]),
              trick('juggling', 'Three-ball cascade'),
            ],
          }
        : prompt.includes('cannot be used as it is')
          ? 'I am sorry, I cannot fix this one.'
          : 'unexpected',
    );
    const result = await learn({ artifactId: 'art' }, deps);
    expect(result.saved.map((s) => s.trick.name)).toEqual(['Drop the second voice']);
    expect(result.dropped.map((d) => d.name)).toEqual(['Invented ability', 'Three-ball cascade']);
    expect(result.dropped[0]!.reason).toContain('cards');
    expect(result.dropped[1]!.reason).toContain('ability');
  });

  it('fails only when no trick is usable, saving nothing', async () => {
    const { deps } = await setUp(() => ({
      tricks: [trick('drop-2 voicings', 'Only recall', [card('recall', 'a'), card('recall', 'b')])],
    }));
    await expect(learn({ artifactId: 'art' }, deps)).rejects.toThrow(/no usable trick.*Only recall/);
    expect(deps.practice.listTricks({})).toEqual([]);
  });

  it('learns only what the person chooses and remembers what they declined', async () => {
    const { deps, model, drop2, tritone } = await setUp(() => ({
      tricks: [trick('drop-2 voicings', 'Drop the second voice')],
    }));
    const offered: string[][] = [];
    const result = await learn(
      {
        artifactId: 'art',
        choose: async (abilities) => {
          offered.push(abilities.map((a) => a.ability.name));
          return [drop2.id];
        },
      },
      deps,
    );
    expect(offered).toEqual([['drop-2 voicings', 'tritone substitution']]);
    expect(result.declined.map((a) => a.name)).toEqual(['tritone substitution']);
    // The model is offered only the chosen ability.
    const sent = JSON.stringify(model.doGenerateCalls[0]!.prompt);
    expect(sent).toContain('drop-2 voicings: the bridge');
    expect(sent).not.toContain('tritone substitution: the turnaround');
    expect(deps.repertoire.getAbility(tritone.id)?.status).toBe('lent');
    expect(deps.choices.declinedAbilityIds()).toEqual(new Set([tritone.id]));
  });

  it('takes --skip and --only by name; --only offers a declined ability again', async () => {
    const { deps, tritone } = await setUp(() => ({
      tricks: [trick('tritone substitution', 'Sub the V7')],
    }));
    const artifact = deps.artifacts.getArtifact('art')!;
    deps.artifacts.insertArtifact({ ...artifact, id: 'art2' });
    deps.artifacts.addAttempt({ ...deps.artifacts.listAttempts('art')[0]!, artifactId: 'art2' });
    const skipped = await learn(
      { artifactId: 'art', skip: ['Tritone Substitution', 'drop-2 voicings'] },
      deps,
    );
    expect(skipped.nothingToLearn).toBe('none chosen');
    // Declined before: a later artifact using it does not offer it.
    const later = await learn(
      { artifactId: 'art2', choose: async (offered) => offered.map((o) => o.ability.id) },
      deps,
    );
    expect(later.nothingToLearn).toBe('none chosen');
    const only = await learn({ artifactId: 'art2', only: ['tritone substitution'] }, deps);
    expect(only.saved.map((s) => s.trick.name)).toEqual(['Sub the V7']);
    expect(deps.choices.declinedAbilityIds().has(tritone.id)).toBe(false);
    await expect(learn({ artifactId: 'art', only: ['juggling'] }, deps)).rejects.toThrow(
      '--only "juggling": this artifact offers no such ability to learn',
    );
  });

  it('lists the abilities and tricks the person already has in the prompt', async () => {
    const { deps, model, own } = await setUp(() => ({
      tricks: [trick('drop-2 voicings', 'Drop the second voice')],
    }));
    await learn({ artifactId: 'art' }, deps);
    const artifact = deps.artifacts.getArtifact('art')!;
    deps.artifacts.insertArtifact({ ...artifact, id: 'art2' });
    deps.artifacts.addAttempt({ ...deps.artifacts.listAttempts('art')[0]!, artifactId: 'art2' });
    await learn({ artifactId: 'art2' }, deps);
    const second = JSON.stringify(model.doGenerateCalls[1]!.prompt);
    expect(second).toContain(`Abilities the person already owns (teach none of them): ${own.name}`);
    expect(second).toContain('Tricks the person already has (repeat none): Drop the second voice');
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
    await expect(learn({ artifactId: 'art' }, failing.deps)).rejects.toBeInstanceOf(ModelError);
    expect(failing.deps.practice.listTricks({})).toEqual([]);
    await expect(learn({ artifactId: 'nope' }, failing.deps)).rejects.toThrow('no artifact "nope"');
  });
});

/** Twelve tricks as a strong model writes them; one lacks its apply card, one card corrects itself. */
function twelveTricks() {
  const names = [
    ['drop-2 voicings', 'Drop the second voice from the top'],
    ['drop-2 voicings', 'Keep the melody on top of each drop-2 chord'],
    ['drop-2 voicings', 'Spread drop-2 across the string sets'],
    ['drop-2 voicings', 'Voice-lead the drop-2 inner voices'],
    ['drop-2 voicings', 'Drop-2 on a dominant with a b9'],
    ['drop-2 voicings', 'Invert drop-2 through the four positions'],
    ['tritone substitution', 'Substitute the V7 a tritone away'],
    ['tritone substitution', 'Chromatic bass from the tritone sub'],
    ['tritone substitution', 'Tritone sub in the turnaround'],
    ['tritone substitution', 'Backdoor ii-V as a cousin of the tritone sub'],
    ['tritone substitution', 'Shared guide tones of V7 and subV7'],
    ['tritone substitution', 'Sub the ii as well: the related ii of subV7'],
  ] as const;
  return names.map(([ability, name], index) => {
    const explanation = `${name}: a way to colour the ballad's harmony. It works because the guide tones move by step.`;
    if (index === 3)
      return {
        ability,
        name,
        explanation,
        example: 'X:1\nK:F\n[FAce]|',
        cards: [card('recall', 'a'), card('recall', 'b')],
      };
    if (index === 6)
      return {
        ability,
        name,
        explanation,
        example: 'X:1\nK:C\n"Db7"D2|',
        cards: [
          card('recall', 'Which dominant substitutes for G7?'),
          {
            kind: 'apply',
            prompt: 'Resolve Db7 to Cmaj7: where does the C of Db7 go?',
            answer:
              'C moves down to Bb? No: it moves down a half step to B, the third of G... of Cmaj7 it is the 7th.',
          },
        ],
      };
    return {
      ability,
      name,
      explanation,
      example: 'X:1\nK:F\n"Gm7"G2 "C7"E2|',
      cards: [card('recall', `What is ${name}?`), card('apply', `Use ${name} in bar 4 of the head.`)],
    };
  });
}
