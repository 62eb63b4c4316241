import { beforeAll, describe, expect, it } from 'vitest';
import { biochemist, type Persona, personaResponder, saxophonist } from '../../../test/support/personas.js';
import { scriptedThinker } from '../../../test/support/scripted-model.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { wordEmbedder } from '../../../test/support/word-embedder.js';
import { createFormats } from '../../adapters/formats/index.js';
import { openDatabase } from '../../adapters/store/open-database.js';
import { SqliteIdeaStore } from '../../adapters/store/sqlite-idea-store.js';
import { SqliteRepertoireStore } from '../../adapters/store/sqlite-repertoire-store.js';
import { SqliteVectorStore } from '../../adapters/store/sqlite-vector-store.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { type ImagineDeps, imagine } from '../imagine/imagine.js';
import { mergeAbility } from '../repertoire/change-ability.js';
import { introducePerson } from '../repertoire/introduce-person.js';
import { answerChecklist, type ChecklistAnswer } from './answers.js';
import { goalChecklist } from './checklist.js';

const tempFolder = temporaryFolders();
let embedder: Embedder;
beforeAll(async () => {
  embedder = await wordEmbedder();
});

async function personaDeps(persona: Persona, style: 'strong' | 'weak') {
  const db = openDatabase(tempFolder());
  let id = 0;
  const { thinker, model } = scriptedThinker(personaResponder(persona, style));
  const deps: ImagineDeps = {
    store: new SqliteRepertoireStore(db),
    vectors: new SqliteVectorStore(db),
    ideas: new SqliteIdeaStore(db),
    formats: createFormats(),
    embedder,
    thinker,
    clock: { now: () => new Date('2026-03-01T10:00:00Z') },
    generateId: () => `id${++id}`,
  };
  // What the person typed at `chops init`, and nothing more.
  await introducePerson({ ...persona.person, abilities: persona.typed }, deps);
  return { deps, model };
}

/** The person's answers: yes to what they can do (as their own ability when chops suggests one), not yet to the rest. */
function answersOf(persona: Persona, items: Awaited<ReturnType<typeof goalChecklist>>): ChecklistAnswer[] {
  const lacks = new Set(persona.lacks.map((n) => n.toLowerCase()));
  return items.map((item) =>
    lacks.has(item.name.toLowerCase())
      ? { name: item.name, answer: 'not yet' }
      : { name: item.name, answer: 'yes', sameAs: item.sameAs?.id },
  );
}

async function imagineAndAnswer(persona: Persona, style: 'strong' | 'weak') {
  const { deps, model } = await personaDeps(persona, style);
  const first = await imagine({ goal: persona.goal, domain: persona.person.domains[0]!, count: 5 }, deps);
  const answered = await answerChecklist(
    answersOf(persona, first.toConfirm),
    { domain: persona.person.domains[0]! },
    deps,
  );
  const ideas = deps.ideas.listIdeas({ goalId: first.goal.id });
  return { deps, model, first, answered, ideas };
}

describe.each([
  ['strong', 'the biochemist', biochemist],
  ['weak', 'the biochemist', biochemist],
  ['strong', 'the saxophonist', saxophonist],
  ['weak', 'the saxophonist', saxophonist],
] as const)('recognition with a %s model for %s', (style, _who, persona) => {
  it('ends with solo ideas whose needs are all own, the person typing nothing more', async () => {
    const { deps, first, answered, ideas } = await imagineAndAnswer(persona, style);
    const solo = ideas.filter((i) => i.set === 'solo');
    expect(solo.length).toBeGreaterThanOrEqual(2);
    for (const idea of solo) expect(idea.needs.every((n) => n.status === 'own')).toBe(true);
    // Every reach idea needs something the person really lacks.
    const lacks = new Set(persona.lacks.map((n) => n.toLowerCase()));
    for (const idea of ideas.filter((i) => i.set === 'reach'))
      expect(idea.needs.some((n) => n.status !== 'own' && lacks.has(n.name.toLowerCase()))).toBe(true);
    // Nothing the person typed is duplicated under the model's wording.
    const names = deps.store.listAbilities().map((a) => a.name.toLowerCase());
    expect(names).not.toContain('sds-page gel electrophoresis');
    expect(names).not.toContain('ii–v–i progressions');
    // The re-map was recorded: what was shown first is in the history, unchanged.
    if (answered.remapped.length > 0) {
      const [shown] = deps.ideas.listGoalHistory(first.goal.id);
      expect(shown?.ideas.map((i) => i.set)).toEqual(
        [...first.solo, ...first.reach].map((i) => i.set).sort((a, b) => a.localeCompare(b)),
      );
    }
    // "Not yet" is remembered: the checklist does not ask again.
    const again = await goalChecklist(first.goal.id, deps);
    for (const lacking of persona.lacks)
      expect(again.map((i) => i.name.toLowerCase())).not.toContain(lacking.toLowerCase());
  });
});

describe('a weak model', () => {
  it('gets no claims taken, so chops asks the person, suggesting the ability each need plausibly is', async () => {
    const { deps } = await personaDeps(biochemist, 'weak');
    const result = await imagine({ goal: biochemist.goal, domain: 'protein biochemistry' }, deps);
    expect(result.solo).toEqual([]);
    const suggested = Object.fromEntries(
      result.toConfirm.map((item) => [item.name, item.sameAs?.name ?? null]),
    );
    expect(suggested).toMatchObject({
      'sds-page gel electrophoresis': 'SDS-PAGE',
      'michaelis-menten kinetics': 'enzyme kinetics',
      'western blotting': 'westerns',
      pipetting: null,
      'python scripting': null,
    });
    // The ones that would make an idea solo come first.
    const completes = result.toConfirm.map((item) => item.completes);
    expect(completes).toEqual([...completes].sort((a, b) => b - a));
  });
});

describe('the model claims', () => {
  it('takes a plausible claim, in the person’s own words, and refuses one it plainly is not', async () => {
    const { deps, first } = await imagineAndAnswer(biochemist, 'strong').then((r) => r);
    const colorimetry = deps.ideas
      .listIdeas({ goalId: first.goal.id })
      .find((i) => /colorimetry/.test(i.title))!;
    expect(colorimetry.needs.map((n) => [n.name, n.status])).toEqual([
      ['Python scripting', 'new'],
      ['enzyme kinetics', 'own'],
    ]);
    expect(first.goal.notes.join(' ')).toMatch(
      /The model said "Python scripting" is your "enzyme kinetics"; chops did not take its word/,
    );
    // The model's names chops matched are kept as aliases of the person's abilities.
    const westerns = deps.store.listAbilities().find((a) => a.name === 'westerns')!;
    expect(westerns.aliases).toContain('Western blotting');
  });

  it('lists the relevant abilities, asks for the person’s words, and sends the about line in every call', async () => {
    const { model } = await imagineAndAnswer(saxophonist, 'strong');
    const prompts = model.doGenerateCalls.map((call) => JSON.stringify(call.prompt));
    expect(prompts).toHaveLength(3);
    for (const prompt of prompts) expect(prompt).toContain('tenor saxophonist in a jazz quartet');
    for (const prompt of prompts.slice(1)) {
      expect(prompt).toContain('write its name exactly as listed');
      expect(prompt).toContain('- tritone subs');
    }
  });
});

describe('aliases', () => {
  it('finds a merged name again the next time the model writes it', async () => {
    const { deps } = await personaDeps(saxophonist, 'strong');
    await introducePerson({ ...saxophonist.person, abilities: ['2-5-1s'] }, deps);
    mergeAbility('2-5-1s', 'ii-V-I', {}, deps);
    const { thinker } = scriptedThinker((prompt) => {
      if (prompt.includes('lenses for imagining')) return { lenses: [{ name: 'a', angle: 'a' }] };
      const ideas = [
        {
          title: 'Ballad on a 2-5-1',
          pitch: 'A slow 2-5-1 in D flat with a long tag.',
          lens: 'a',
          needs: [{ name: '2-5-1', how: 'the changes' }],
        },
      ];
      return { ideas: prompt.includes('ALONE') ? ideas : [] };
    });
    const result = await imagine({ goal: 'a ballad', domain: 'tenor saxophone' }, { ...deps, thinker });
    expect(result.solo[0]?.needs).toMatchObject([{ name: 'ii-V-I', status: 'own' }]);
    // The merged name, and the model's spelling chops matched through it.
    expect(
      deps.store
        .listAbilities()
        .find((a) => a.name === 'ii-V-I')
        ?.aliases?.toSorted(),
    ).toEqual(['2-5-1', '2-5-1s']);
  });
});
