import { describe, expect, it } from 'vitest';
import { storeGoal } from '../../../../test/support/goal-fixture.js';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { openDatabase } from '../../../adapters/store/open-database.js';
import { SqliteArtifactStore } from '../../../adapters/store/sqlite-artifact-store.js';
import { SqliteIdeaStore } from '../../../adapters/store/sqlite-idea-store.js';
import { SqlitePracticeStore } from '../../../adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../../../adapters/store/sqlite-repertoire-store.js';
import { newCard } from '../../../domain/practice/card.js';
import { newTrick } from '../../../domain/practice/trick.js';
import { saveTricks } from '../../../usecases/practice/save-tricks.js';
import { addAbility, fixtureStart } from '../../../usecases/practice/test-support/practice-fixture.js';
import { serverFixture } from '../../server/test-support/server-fixture.js';

const tempFolder = temporaryFolders();
const env = { CHOPS_NOW: fixtureStart.toISOString() };

/** A card learned from a tune, as learn leaves it: its trick, artifact, idea and goal all stored. */
function learnedCard() {
  const home = tempFolder();
  const db = openDatabase(home);
  const practice = new SqlitePracticeStore(db);
  const repertoire = new SqliteRepertoireStore(db);
  const ideas = new SqliteIdeaStore(db);
  storeGoal(ideas, { id: 'goal1', text: 'a piece about the sea', domain: 'jazz' }, [
    { id: 'idea1', title: 'Tide waltz' },
  ]);
  new SqliteArtifactStore(db).insertArtifact({
    id: 'art1',
    ideaId: 'idea1',
    format: 'abc',
    title: 'Tide waltz in D',
    passed: true,
    abilities: [],
    model: 'mock',
    createdAt: fixtureStart,
  });
  addAbility({ practice, repertoire }, 'tritone', { name: 'tritone substitution' });
  const trick = newTrick(
    {
      abilityId: 'tritone',
      name: 'Substitute the V7 a tritone away',
      explanation: 'Db7 shares the guide tones F and Cb/B with G7, so it resolves to C as well.',
      example: 'X:1\nK:C\n"Db7"D2|"C"C2|',
      format: 'abc',
      artifactId: 'art1',
    },
    'trick1',
    fixtureStart,
  );
  const card = newCard(
    {
      trickId: 'trick1',
      abilityId: 'tritone',
      kind: 'apply',
      prompt: "In the head's bar 4, resolve Db7 to Cmaj7: where does the Cb go?",
      answer: 'Cb moves down to Bb? No: it moves down a half step to B... of Cmaj7 it is the 7th.',
    },
    'card1',
    fixtureStart,
  );
  saveTricks([trick], [card], { practice, repertoire, clock: { now: () => fixtureStart } });
  db.close();
  return home;
}

describe('chops card', () => {
  it('shows where a card came from, in the terminal and in --json, and in the practice queue', async () => {
    const home = learnedCard();
    const shown = await runChops(['card', 'card1'], { home, env });
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(
      'from trick "Substitute the V7 a tritone away" · artifact "Tide waltz in D" [art1] · idea "Tide waltz" · goal "a piece about the sea"',
    );
    expect(shown.stdout).toContain('Db7 shares the guide tones');
    const session = await runChops(['practice'], { home, env, stdin: 'q\n' });
    expect(session.stdout).toContain(
      'from artifact "Tide waltz in D" [art1] · idea "Tide waltz" · goal "a piece about the sea"',
    );
    const queue = JSON.parse((await runChops(['practice', '--json'], { home, env })).stdout);
    expect(queue.cards[0].source).toMatchObject({
      trick: {
        name: 'Substitute the V7 a tritone away',
        explanation: expect.stringContaining('guide tones'),
      },
      ability: { name: 'tritone substitution' },
      artifact: { id: 'art1', title: 'Tide waltz in D' },
      idea: { id: 'idea1', title: 'Tide waltz' },
      goal: { id: 'goal1', text: 'a piece about the sea' },
    });
  });

  it('edits, suspends, unsuspends and deletes, each change in the history', async () => {
    const home = learnedCard();
    const fixed = 'It moves down a half step to B, the 7th of Cmaj7.';
    const edited = await runChops(['card', 'card1', '--answer', fixed, '--json'], { home, env });
    expect(edited.code, edited.stderr).toBe(0);
    const card = JSON.parse(edited.stdout);
    expect(card.answer).toBe(fixed);
    expect(card.history).toMatchObject([
      { change: 'edit', before: { answer: expect.stringContaining('No:') } },
    ]);

    expect((await runChops(['card', 'card1', '--suspend'], { home, env })).stdout).toContain('suspended');
    const queue = JSON.parse((await runChops(['practice', '--json'], { home, env })).stdout);
    expect(queue.cards).toEqual([]);
    await runChops(['card', 'card1', '--unsuspend'], { home, env });
    const back = JSON.parse((await runChops(['card', 'card1', '--json'], { home, env })).stdout);
    expect(back.suspended).toBe(false);
    expect(back.history.map((h: { change: string }) => h.change)).toEqual(['edit', 'suspend', 'unsuspend']);

    const both = await runChops(['card', 'card1', '--suspend', '--delete'], { home, env });
    expect(both.code).toBe(2);
    expect((await runChops(['card', 'card1', '--delete'], { home, env })).stdout).toContain(
      'Deleted card card1',
    );
    const gone = await runChops(['card', 'card1'], { home, env });
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('no card "card1"');
    expect((await runChops(['card', 'nope', '--answer', ''], { home, env })).stderr).toContain(
      'no card "nope"',
    );
  });

  it('does the same over the API', async () => {
    const home = learnedCard();
    const fixture = serverFixture(home, env);
    const patched = await fixture.request('/api/cards/card1', {
      method: 'PATCH',
      json: { prompt: 'Where does the Cb of Db7 go?', suspended: true },
    });
    expect(patched.status).toBe(200);
    const body = (await patched.json()) as {
      prompt: string;
      suspended: boolean;
      source: { goal: { text: string } };
      history: { change: string }[];
    };
    expect(body).toMatchObject({ prompt: 'Where does the Cb of Db7 go?', suspended: true });
    expect(body.source.goal.text).toBe('a piece about the sea');
    expect(body.history.map((h) => h.change)).toEqual(['edit', 'suspend']);
    const empty = await fixture.request('/api/cards/card1', { method: 'PATCH', json: { answer: '' } });
    expect(empty.status).toBe(400);
    expect((await fixture.request('/api/cards/card1', { method: 'DELETE' })).status).toBe(200);
    expect((await fixture.request('/api/cards/card1')).status).toBe(404);
    await fixture.close();
  });
});
