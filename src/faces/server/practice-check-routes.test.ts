import { afterEach, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { newCard } from '../../domain/practice/card.js';
import { sqlitePracticeDeps } from '../../usecases/practice/test-support/practice-deps.js';
import { fixtureStart, seedAbilityWithCards } from '../../usecases/practice/test-support/practice-fixture.js';
import { practiseAsPerson } from '../../usecases/practice/test-support/simulated-person.js';
import { type ServerFixture, serverFixture } from './test-support/server-fixture.js';

const tempFolder = temporaryFolders();
let fixture: ServerFixture | undefined;
afterEach(() => fixture?.close());

describe('practice routes: checks, fits and leeches', () => {
  it('checks an answer to a checked card and proposes the rating; a card without a check is refused', async () => {
    const home = tempFolder();
    const deps = sqlitePracticeDeps(home);
    const [plain] = seedAbilityWithCards(deps, 'a1', 1);
    const checked = newCard(
      {
        trickId: plain!.trickId,
        abilityId: 'a1',
        kind: 'apply',
        prompt: 'Write a bar of 3/4 in G ending on the fifth.',
        answer: 'G2 B2 d2|',
        formatCheck: { format: 'abc', condition: { meter: '3/4', key: 'G', bars: 1, endsOn: 5 } },
      },
      'c-abc',
      fixtureStart,
    );
    deps.practice.insertTricks([], [checked]);
    fixture = serverFixture(home, { CHOPS_NOW: fixtureStart.toISOString() });

    const queue = await (await fixture.request('/api/practice/queue')).json();
    expect(queue.cards.find((card: { id: string }) => card.id === 'c-abc').formatCheck).toEqual(
      checked.formatCheck,
    );
    const pass = await fixture.request('/api/practice/check', {
      method: 'POST',
      json: { cardId: 'c-abc', answer: 'B2 d2 d2|' },
    });
    expect(await pass.json()).toMatchObject({ rating: 'good', by: 'check', problems: [] });
    const fail = await fixture.request('/api/practice/check', {
      method: 'POST',
      json: { cardId: 'c-abc', answer: 'G2 B2 c2|' },
    });
    expect(await fail.json()).toMatchObject({
      rating: 'again',
      problems: ['the last note is C, not the fifth (D)'],
    });
    const refused = await fixture.request('/api/practice/check', {
      method: 'POST',
      json: { cardId: plain!.id, answer: 'x' },
    });
    expect(refused.status).toBe(400);
  });

  it('fits the scheduler on request and lists and suspends leeches', async () => {
    const home = tempFolder();
    const deps = sqlitePracticeDeps(home);
    const cards = seedAbilityWithCards(deps, 'a1', 20);
    practiseAsPerson(
      deps,
      cards.map((card) => card.id),
      6,
    );
    deps.practice.updateCard({
      ...deps.practice.getCard(cards[0]!.id)!,
      memory: { ...deps.practice.getCard(cards[0]!.id)!.memory, lapses: 8 },
    });
    fixture = serverFixture(home, { CHOPS_NOW: deps.clock.now().toISOString() });

    const fit = await (await fixture.request('/api/practice/optimize', { method: 'POST' })).json();
    expect(fit).toMatchObject({ scope: 'full', reviewCount: 120, inUse: expect.any(Boolean) });
    expect(fit.parameters).toHaveLength(21);
    const leeches = await (await fixture.request('/api/practice/leeches')).json();
    expect(leeches).toMatchObject([{ id: cards[0]!.id, lapses: 8, suspended: false }]);
    await fixture.request('/api/practice/leeches/suspend', { method: 'POST' });
    expect(deps.practice.getCard(cards[0]!.id)?.suspended).toBe(true);
  });
});
