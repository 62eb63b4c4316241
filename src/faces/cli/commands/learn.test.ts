import { afterEach, describe, expect, it } from 'vitest';
import { storeGoal } from '../../../../test/support/goal-fixture.js';
import { runChops } from '../../../../test/support/run-chops.js';
import { type ScriptedProvider, startScriptedProvider } from '../../../../test/support/scripted-provider.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { openDatabase } from '../../../adapters/store/open-database.js';
import { SqliteArtifactStore } from '../../../adapters/store/sqlite-artifact-store.js';
import { SqliteIdeaStore } from '../../../adapters/store/sqlite-idea-store.js';
import { SqlitePracticeStore } from '../../../adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../../../adapters/store/sqlite-repertoire-store.js';
import { addAbility, fixtureStart } from '../../../usecases/practice/test-support/practice-fixture.js';

const tempFolder = temporaryFolders();
let provider: ScriptedProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

/** A biochemist's chart artifact that also used two incidental abilities they will never need. */
function chartArtifact(id: string, home: string) {
  const db = openDatabase(home);
  const repertoire = new SqliteRepertoireStore(db);
  const stores = { practice: new SqlitePracticeStore(db), repertoire };
  const ideas = new SqliteIdeaStore(db);
  if (!repertoire.getAbility('westerns')) {
    addAbility(stores, 'westerns', { name: 'Western blotting', domain: 'biochemistry' });
    addAbility(stores, 'js-classes', { name: 'JavaScript classes', domain: 'biochemistry' });
    addAbility(stores, 'tables', { name: 'text table formatting', domain: 'biochemistry' });
    storeGoal(ideas, { id: 'goal1', text: 'show my band intensities', domain: 'biochemistry' }, [
      { id: 'idea1', title: 'Band intensity chart' },
    ]);
  }
  const artifacts = new SqliteArtifactStore(db);
  artifacts.insertArtifact({
    id,
    ideaId: 'idea1',
    format: 'vega-lite',
    title: 'Band intensities',
    passed: true,
    abilities: [
      { name: 'Western blotting', how: 'normalising bands', status: 'lent', abilityId: 'westerns' },
      { name: 'JavaScript classes', how: 'the helper', status: 'lent', abilityId: 'js-classes' },
      { name: 'text table formatting', how: 'the legend', status: 'lent', abilityId: 'tables' },
    ],
    model: 'mock',
    createdAt: fixtureStart,
  });
  artifacts.addAttempt({
    artifactId: id,
    number: 1,
    content: '{"mark":"bar"}',
    check: { passed: true, problems: [], durationMs: 1 },
    createdAt: fixtureStart,
  });
  db.close();
}

const westernTrick = {
  ability: 'Western blotting',
  name: 'Normalise to a loading control',
  explanation: 'Divide each band by its lane’s loading control (actin, GAPDH) so lanes compare.',
  example: '{"transform":[{"calculate":"datum.band / datum.actin","as":"ratio"}]}',
  cards: [
    { kind: 'recall', prompt: 'Why divide by the loading control?', answer: 'Lanes carry unequal protein.' },
    { kind: 'apply', prompt: 'Band 1200, actin 800: the ratio?', answer: '1.5' },
  ],
};

describe('chops learn: the person chooses', () => {
  it('--skip declines abilities, remembered for later artifacts; --only brings one back', async () => {
    provider = await startScriptedProvider(() => ({ tricks: [westernTrick] }));
    const env = { CHOPS_MODEL: 'openai-compatible:test', CHOPS_BASE_URL: provider.baseUrl };
    const home = tempFolder();
    chartArtifact('art1', home);
    const learned = await runChops(
      ['learn', 'art1', '--skip', 'javascript classes', 'Text table formatting'],
      { home, env },
    );
    expect(learned.code, learned.stderr).toBe(0);
    expect(learned.stdout).toContain(
      'Not learning (not offered again; name one with --only to learn it): JavaScript classes, text table formatting',
    );
    expect(learned.stdout).toContain('Normalise to a loading control');
    const sent = JSON.stringify(provider.requests[0]);
    expect(sent).toContain('Western blotting: normalising bands');
    expect(sent).not.toContain('JavaScript classes: the helper');

    // A later artifact that used the same incidental abilities: they are not offered again.
    chartArtifact('art2', home);
    const later = await runChops(['learn', 'art2', '--json'], { home, env });
    expect(JSON.parse(later.stdout)).toMatchObject({
      tricks: [],
      skipped: ['Normalise to a loading control'],
    });
    expect(JSON.stringify(provider.requests[1])).not.toContain('JavaScript classes');

    const unknown = await runChops(['learn', 'art2', '--only', 'ABC notation'], { home, env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--only "ABC notation": this artifact offers no such ability to learn');
  });
});
