import { afterEach, describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { type ScriptedProvider, startScriptedProvider } from '../../../../test/support/scripted-provider.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { borrowedIvLesson, sailorLens, tideWaltz as tune } from '../../../../test/support/tide-waltz.js';

const tempFolder = temporaryFolders();
let provider: ScriptedProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

/** A model that imagines, makes a tune with a borrowed chord, teaches it, and lists own ideas' needs. */
function respond(prompt: string): unknown {
  if (prompt.includes('lenses for imagining')) return sailorLens;
  if (prompt.includes('wrote down these ideas')) {
    return {
      ideas: [
        {
          number: 1,
          needs: [
            { name: 'Modal interchange', how: 'Borrowing the minor iv for the ebb of the tide.' },
            { name: 'waltz form', how: 'The three-four frame.' },
          ],
        },
      ],
    };
  }
  if (prompt.includes('ALONE')) {
    return {
      ideas: [
        {
          title: 'Harbour march',
          pitch: 'A brisk march for brass, built on the waltz’s phrase lengths turned into duple time.',
          lens: 'a bandleader',
          needs: [{ name: 'waltz form', how: 'Phrase lengths.' }],
        },
      ],
    };
  }
  if (prompt.includes('REACH')) {
    return {
      ideas: [
        {
          title: 'Tide waltz',
          pitch:
            'A waltz whose phrases rise and fall like the tide, darkening with a borrowed chord at the ebb.',
          lens: 'a sailor',
          needs: [
            { name: 'waltz form', how: 'The structure.' },
            { name: 'modal interchange', how: 'Colour at the ebb.' },
          ],
        },
      ],
    };
  }
  if (prompt.includes('Make the artifact')) {
    return {
      title: 'Tide waltz',
      content: tune,
      abilitiesUsed: [{ name: 'modal interchange', how: 'bar 3' }],
    };
  }
  return borrowedIvLesson();
}

describe('the ledger of absorbed abilities, end to end', () => {
  it('lend, learn, practise to mastery, then an own idea that uses it', async () => {
    provider = await startScriptedProvider(respond);
    const model = { CHOPS_MODEL: 'openai-compatible:test', CHOPS_BASE_URL: provider.baseUrl };
    const home = tempFolder();
    const at = (iso: string) => ({ ...model, CHOPS_NOW: iso });
    await runChops(['init', '--domain', 'composition', '-a', 'waltz form'], {
      home,
      env: at('2026-03-01T09:00:00Z'),
    });

    // An own idea before anything was lent: it needs modal interchange, which is new to the person.
    const before = await runChops(
      [
        'imagine',
        'a piece about the sea',
        '-n',
        '1',
        '--idea',
        'A waltz that darkens with a borrowed chord at the ebb',
        '--json',
      ],
      { home, env: at('2026-03-01T10:00:00Z') },
    );
    expect(before.code, before.stderr).toBe(0);
    const imagined = JSON.parse(before.stdout);
    expect(imagined.mine[0].needs.map((n: { status: string }) => n.status)).toEqual(['new', 'own']);

    const made = await runChops(['make', imagined.reach[0].id, '--format', 'abc'], {
      home,
      env: at('2026-03-02T10:00:00Z'),
    });
    expect(made.code, made.stderr).toBe(0);
    const artifactId = JSON.parse((await runChops(['artifacts', '--json'], { home })).stdout)[0].id as string;
    const learned = await runChops(['learn', artifactId], { home, env: at('2026-03-03T10:00:00Z') });
    expect(learned.code, learned.stderr).toBe(0);

    // Practise every due card "good" on the day it is due, until the ability is own.
    let now = '2026-03-03T11:00:00Z';
    let promoted = false;
    for (let day = 0; day < 20 && !promoted; day++) {
      const queue = JSON.parse((await runChops(['practice', '--json'], { home, env: at(now) })).stdout);
      let next = '';
      for (const card of queue.cards as { id: string }[]) {
        const review = await runChops(['practice', '--answer', card.id, '--rating', 'good', '--json'], {
          home,
          env: at(now),
        });
        const outcome = JSON.parse(review.stdout) as { due: string; promoted: unknown };
        if (outcome.promoted) promoted = true;
        if (next === '' || outcome.due < next) next = outcome.due;
      }
      if (next === '') break;
      now = next;
    }
    expect(promoted).toBe(true);
    const own = JSON.parse((await runChops(['repertoire', '--status', 'own', '--json'], { home })).stdout);
    expect(own.map((a: { name: string }) => a.name)).toContain('modal interchange');

    const later = new Date(new Date(now).getTime() + 86_400_000).toISOString();
    const after = await runChops(
      [
        'imagine',
        'a lullaby for the harbour',
        '-n',
        '1',
        '--idea',
        'A lullaby that borrows the minor iv on its last line',
        '--json',
      ],
      { home, env: at(later) },
    );
    expect(after.code, after.stderr).toBe(0);
    expect(JSON.parse(after.stdout).mine[0].needs[0]).toMatchObject({
      name: 'modal interchange',
      status: 'own',
    });

    const stats = JSON.parse((await runChops(['stats', '--json'], { home, env: at(later) })).stdout);
    expect(stats.ownIdeas.ideas).toBe(2);
    // Only the idea after mastery uses an absorbed ability.
    expect(stats.ownIdeas.absorbedShare).toBe(0.5);
    expect(stats.ownIdeas.absorbed).toEqual([
      {
        id: expect.any(String),
        name: 'modal interchange',
        domain: 'composition',
        lentAt: '2026-03-02T10:00:00.000Z',
        practisedFrom: '2026-03-03T11:00:00.000Z',
        ownAt: expect.any(String),
        firstOwnIdea: {
          id: expect.any(String),
          text: 'A lullaby that borrows the minor iv on its last line',
          at: later,
        },
      },
    ]);
    expect(stats.ownIdeas.absorbed[0].ownAt > '2026-03-03T11:00:00.000Z').toBe(true);
    expect(stats.ownIdeas.absorbed[0].ownAt <= later).toBe(true);
    expect(stats.ownIdeas.similarityToModel).toBeGreaterThan(0);
    expect(stats.ownIdeas.meanOriginality).toBeGreaterThanOrEqual(1);
    const text = await runChops(['stats'], { home, env: at(later) });
    expect(text.stdout).toContain('absorbed modal interchange: lent 2026-03-02');
    expect(text.stdout).toContain('Your own ideas');
  }, 60_000);
});
