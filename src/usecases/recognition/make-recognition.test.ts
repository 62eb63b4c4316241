import { beforeAll, describe, expect, it } from 'vitest';
import { storeGoal } from '../../../test/support/goal-fixture.js';
import { biochemist, saxophonist } from '../../../test/support/personas.js';
import { scriptedThinker } from '../../../test/support/scripted-model.js';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { wordEmbedder } from '../../../test/support/word-embedder.js';
import { createFormats } from '../../adapters/formats/index.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { make } from '../make/make.js';
import { sqliteMakeDeps } from '../make/test-support/sqlite-make-deps.js';
import { introducePerson } from '../repertoire/introduce-person.js';
import { answerChecklist } from './answers.js';

const tempFolder = temporaryFolders();
const formats = createFormats();
let embedder: Embedder;
beforeAll(async () => {
  embedder = await wordEmbedder();
});

const plan =
  '# Gel-shift assay\n\n## Method\n\nStop the reaction at four times and run the samples on one gel.\n\n' +
  '## Analysis\n\nMeasure band intensity and fit the initial rate.\n';

async function setUp(persona: typeof biochemist, answer: unknown) {
  const { thinker, model } = scriptedThinker(() => answer);
  const deps = sqliteMakeDeps(tempFolder(), { thinker, embedder, formats });
  await introducePerson({ ...persona.person, abilities: persona.typed }, deps);
  storeGoal(deps.ideas, { id: 'g1', text: persona.goal, domain: persona.person.domains[0]! }, [
    { id: 'idea1', title: 'The idea', pitch: 'Its pitch.', needs: [] },
  ]);
  return { deps, model };
}

describe('make, recognising what the artifact used', () => {
  it('files lent abilities under the domain and kind that fit them, and takes a checked claim', async () => {
    const { deps, model } = await setUp(saxophonist, {
      format: 'markdown',
      title: 'Reharmonisation notes',
      content: plan,
      abilitiesUsed: [
        { name: 'JavaScript', how: 'the page', domain: 'Programming', kind: 'tool' },
        {
          name: 'regular expressions',
          how: 'parses chord symbols',
          domain: 'programming',
          kind: 'technique',
        },
        { name: 'tritone substitution', how: 'bar 8', is: 'tritone subs' },
      ],
    });
    const result = await make({ ideaId: 'idea1' }, deps);
    expect(result.artifact.abilities.map((a) => [a.name, a.status])).toEqual([
      ['JavaScript', 'lent'],
      ['regular expressions', 'lent'],
      ['tritone subs', 'own'],
    ]);
    expect(deps.store.listAbilities({ status: 'lent' }).map((a) => [a.name, a.domain, a.kind])).toEqual([
      ['JavaScript', 'programming', 'tool'],
      ['regular expressions', 'programming', 'technique'],
    ]);
    // The person's about line reaches the make prompt.
    expect(JSON.stringify(model.doGenerateCalls[0]!.prompt)).toContain('tenor saxophonist in a jazz quartet');
    expect(result.toConfirm.map((c) => c.name)).toEqual(['JavaScript', 'regular expressions']);
  });

  it('asks about a lent ability that is plausibly the person’s own, and merges it on their word', async () => {
    const { deps } = await setUp(biochemist, {
      format: 'markdown',
      title: 'Gel-shift assay',
      content: plan,
      // A weak model: its own lower-case wording, no claims, no domains.
      abilitiesUsed: [
        { name: 'sds-page gel electrophoresis', how: 'separates the time points' },
        { name: 'pipetting', how: 'sets up the reactions' },
      ],
    });
    const result = await make({ ideaId: 'idea1' }, deps);
    const sdsPage = result.toConfirm.find((c) => c.name === 'sds-page gel electrophoresis');
    expect(sdsPage?.sameAs?.name).toBe('SDS-PAGE');
    await answerChecklist(
      [
        { name: 'sds-page gel electrophoresis', answer: 'yes', sameAs: sdsPage!.sameAs!.id },
        { name: 'pipetting', answer: 'yes' },
      ],
      { domain: 'protein biochemistry' },
      deps,
    );
    const abilities = deps.store.listAbilities();
    expect(abilities.map((a) => [a.name, a.status]).sort()).toEqual([
      ['SDS-PAGE', 'own'],
      ['enzyme kinetics', 'own'],
      ['pipetting', 'own'],
      ['westerns', 'own'],
    ]);
    expect(abilities.find((a) => a.name === 'SDS-PAGE')?.aliases).toEqual(['sds-page gel electrophoresis']);
    // The artifact's record follows the merge.
    expect(deps.artifacts.getArtifact(result.artifact.id)?.abilities.map((a) => a.name)).toEqual([
      'SDS-PAGE',
      'pipetting',
    ]);
  });
});
