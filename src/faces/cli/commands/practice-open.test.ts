import { describe, expect, it } from 'vitest';
import { storeGoal } from '../../../../test/support/goal-fixture.js';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { openDatabase } from '../../../adapters/store/open-database.js';
import { SqliteArtifactStore } from '../../../adapters/store/sqlite-artifact-store.js';
import { SqliteIdeaStore } from '../../../adapters/store/sqlite-idea-store.js';
import { newCard } from '../../../domain/practice/card.js';
import { newTrick } from '../../../domain/practice/trick.js';
import { saveTricks } from '../../../usecases/practice/save-tricks.js';
import { sqlitePracticeDeps } from '../../../usecases/practice/test-support/practice-deps.js';
import { addAbility, fixtureStart } from '../../../usecases/practice/test-support/practice-fixture.js';

const tempFolder = temporaryFolders();
const env = { CHOPS_NOW: fixtureStart.toISOString() };
const content = [
  'export function debounce(f, ms) {',
  '  let timer;',
  '  return (...args) => {',
  '    clearTimeout(timer);',
  '    timer = setTimeout(() => f(...args), ms);',
  '  };',
  '}',
  '',
  'const log = debounce(console.log, 50);',
  "assert.equal(typeof log, 'function');",
].join('\n');

describe('chops practice --open', () => {
  it("shows the artifact the card's trick came from, with the trick's lines marked", async () => {
    const home = tempFolder();
    const deps = sqlitePracticeDeps(home);
    addAbility(deps, 'timers', { name: 'Timers', domain: 'javascript' });
    const db = openDatabase(home);
    storeGoal(
      new SqliteIdeaStore(db),
      { id: 'g', text: 'a search box', domain: 'javascript', createdAt: fixtureStart },
      [{ id: 'i', title: 'Search', pitch: 'A search box.', reach: 1 }],
    );
    const artifacts = new SqliteArtifactStore(db);
    artifacts.insertArtifact({
      id: 'art1',
      ideaId: 'i',
      format: 'js',
      title: 'Debounced search',
      passed: true,
      abilities: [{ name: 'Timers', how: 'debounce', status: 'lent', abilityId: 'timers' }],
      model: 'mock',
      createdAt: fixtureStart,
    });
    artifacts.addAttempt({
      artifactId: 'art1',
      number: 1,
      content,
      check: { passed: true, problems: [], durationMs: 1 },
      createdAt: fixtureStart,
    });
    const trick = newTrick(
      {
        abilityId: 'timers',
        name: 'Reset the timer on every call',
        explanation: 'x',
        example: 'clearTimeout(timer);\n    timer = setTimeout(() => f(...args), ms);',
        format: 'js',
        artifactId: 'art1',
      },
      't1',
      fixtureStart,
    );
    const card = newCard(
      { trickId: 't1', abilityId: 'timers', kind: 'recall', prompt: 'Why clear first?', answer: 'x' },
      'c1',
      fixtureStart,
    );
    saveTricks([trick], [card], deps);

    const shown = await runChops(['practice', '--open', 'c1'], { home, env });
    expect(shown.stderr).toBe('');
    expect(shown.stdout).toContain('"Reset the timer on every call" in Debounced search (js, art1)');
    expect(shown.stdout).toContain('The trick appears at lines 4–5:');
    expect(shown.stdout).toMatch(/^› 4 {2}\s*clearTimeout\(timer\);$/m);
    expect(shown.stdout).toMatch(/^ {2}3 {2}\s*return/m);
    expect(shown.stdout).toContain('The whole artifact: chops artifact art1');
    const json = JSON.parse((await runChops(['practice', '--open', 'c1', '--json'], { home, env })).stdout);
    expect(json).toEqual({
      cardId: 'c1',
      trickId: 't1',
      trick: 'Reset the timer on every call',
      artifactId: 'art1',
      title: 'Debounced search',
      format: 'js',
      location: { from: 4, to: 5, match: 'exact' },
    });
    db.close();
  });
});
