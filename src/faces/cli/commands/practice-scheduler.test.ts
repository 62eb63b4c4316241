import { describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { sqlitePracticeDeps } from '../../../usecases/practice/test-support/practice-deps.js';
import {
  fixtureStart,
  seedAbilityWithCards,
} from '../../../usecases/practice/test-support/practice-fixture.js';
import { practiseAsPerson } from '../../../usecases/practice/test-support/simulated-person.js';

const tempFolder = temporaryFolders();

describe('chops practice --optimize', () => {
  it('fits the scheduler to the review log, shows parameters and retention, and keeps every review', async () => {
    const home = tempFolder();
    const deps = sqlitePracticeDeps(home);
    const cards = seedAbilityWithCards(deps, 'walking bass', 30);
    practiseAsPerson(
      deps,
      cards.map((card) => card.id),
      6,
    );
    const env = { CHOPS_NOW: deps.clock.now().toISOString() };

    const shown = await runChops(['practice', '--optimize'], { home, env });

    expect(shown.stderr).toBe('');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(
      /Fitted the scheduler to 180 reviews \(\d+ training items\): every parameter\./,
    );
    expect(shown.stdout).toMatch(/defaults\s+\d+\.\d% +\d+\.\d% +0\.\d{3}/);
    expect(shown.stdout).toMatch(/fitted\s+\d+\.\d% +\d+\.\d% +0\.\d{3}/);
    expect(shown.stdout).toMatch(/Parameters: (\d+\.\d{4} ){20}\d+\.\d{4}/);
    const json = await runChops(['practice', '--optimize', '--json'], { home, env });
    const fit = JSON.parse(json.stdout) as { scope: string; parameters: number[]; reviewCount: number };
    expect(fit).toMatchObject({ scope: 'full', reviewCount: 180 });
    expect(deps.fits.listFits()).toHaveLength(2);
    expect(deps.practice.countReviews()).toBe(180);
  });

  it('refits on its own after a review once the log has doubled, and not again until it doubles', async () => {
    const home = tempFolder();
    const deps = sqlitePracticeDeps(home);
    const cards = seedAbilityWithCards(deps, 'walking bass', 20);
    practiseAsPerson(
      deps,
      cards.map((card) => card.id),
      6,
    );
    const env = { CHOPS_NOW: new Date(deps.clock.now().getTime() + 400 * 86_400_000).toISOString() };

    const first = await runChops(['practice', '--answer', cards[0]!.id, '--rating', 'good'], { home, env });
    expect(first.stdout).toContain('Your reviews have doubled since the scheduler was last fitted to them:');
    expect(first.stdout).toMatch(/Fitted the scheduler to 121 reviews/);
    const second = await runChops(['practice', '--answer', cards[1]!.id, '--rating', 'good'], { home, env });
    expect(second.stdout).not.toContain('Fitted the scheduler');
    expect(deps.fits.listFits().map((fit) => fit.reviewCount)).toEqual([121]);
  });

  it('says so, and keeps the defaults, with too few reviews', async () => {
    const home = tempFolder();
    const deps = sqlitePracticeDeps(home);
    seedAbilityWithCards(deps, 'walking bass', 2);
    const shown = await runChops(['practice', '--optimize'], {
      home,
      env: { CHOPS_NOW: fixtureStart.toISOString() },
    });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Too few reviews to fit: 0 reviews (0 training items)');
    expect(deps.fits.listFits()).toEqual([]);
  });
});

describe('chops practice --leeches and the daily limit', () => {
  it('lists the cards forgotten eight times and suspends them on request', async () => {
    const home = tempFolder();
    const deps = sqlitePracticeDeps(home);
    const [leech, fine] = seedAbilityWithCards(deps, 'walking bass', 2);
    deps.practice.updateCard({ ...leech!, memory: { ...leech!.memory, lapses: 9 } });
    deps.practice.updateCard({ ...fine!, memory: { ...fine!.memory, lapses: 7 } });
    const env = { CHOPS_NOW: fixtureStart.toISOString() };

    const listed = await runChops(['practice', '--leeches'], { home, env });
    expect(listed.stdout).toContain('1 leech (forgotten 8+ times):');
    expect(listed.stdout).toMatch(new RegExp(`${leech!.id}\\s+9 lapses`));
    expect(listed.stdout).not.toContain(fine!.id);

    const suspended = await runChops(['practice', '--suspend-leeches', '--json'], { home, env });
    expect(JSON.parse(suspended.stdout)).toMatchObject([{ id: leech!.id, lapses: 9, suspended: true }]);
    expect(deps.practice.getCard(leech!.id)?.suspended).toBe(true);
    const queue = JSON.parse((await runChops(['practice', '--json'], { home, env })).stdout);
    expect(queue.cards.map((card: { id: string }) => card.id)).toEqual([fine!.id]);
  });

  it('shows no more than the daily limit of cards in a day, and the rest the next day', async () => {
    const home = tempFolder();
    const deps = sqlitePracticeDeps(home);
    seedAbilityWithCards(deps, 'walking bass', 5);
    const env = { CHOPS_NOW: fixtureStart.toISOString() };
    expect((await runChops(['config', 'set', 'daily-limit', '3'], { home, env })).code).toBe(0);

    const morning = JSON.parse((await runChops(['practice', '--json'], { home, env })).stdout);
    expect(morning.cards).toHaveLength(3);
    expect(morning).toMatchObject({ total: 5, today: { limit: 3, reviewed: 0 } });
    for (const card of morning.cards.slice(0, 2))
      await runChops(['practice', '--answer', card.id, '--rating', 'easy'], { home, env });
    const later = JSON.parse((await runChops(['practice', '--json'], { home, env })).stdout);
    expect(later.cards).toHaveLength(1);
    expect(later.today).toEqual({ limit: 3, reviewed: 2 });

    const session = await runChops(['practice'], { home, env, stdin: '\n4\n' });
    expect(session.stdout).toContain('1 cards to review (of 3 due)');
    const done = await runChops(['practice'], { home, env });
    expect(done.stdout).toContain("Today's 3 cards are done (daily-limit); 2 due wait for tomorrow.");
    const tomorrow = { CHOPS_NOW: new Date(fixtureStart.getTime() + 86_400_000).toISOString() };
    expect(
      JSON.parse((await runChops(['practice', '--json'], { home, env: tomorrow })).stdout).cards,
    ).toHaveLength(2);
  });
});
