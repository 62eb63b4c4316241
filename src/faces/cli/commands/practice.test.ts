import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { type ScriptedProvider, startScriptedProvider } from '../../../../test/support/scripted-provider.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { openDatabase } from '../../../adapters/store/open-database.js';
import { SqlitePracticeStore } from '../../../adapters/store/sqlite-practice-store.js';
import { SqliteRepertoireStore } from '../../../adapters/store/sqlite-repertoire-store.js';
import {
  fixtureStart,
  seedAbilityWithCards,
} from '../../../usecases/practice/test-support/practice-fixture.js';

const tempFolder = temporaryFolders();
const now = { CHOPS_NOW: fixtureStart.toISOString() };
let provider: ScriptedProvider | undefined;
afterEach(async () => {
  await provider?.close();
  provider = undefined;
});

/** A data folder with abilities that have cards, as `chops learn` leaves it. */
function seeded(abilities: { id: string; cards: number; domain?: string }[]) {
  const home = tempFolder();
  const db = openDatabase(home);
  const stores = { practice: new SqlitePracticeStore(db), repertoire: new SqliteRepertoireStore(db) };
  const cards = abilities.flatMap((a) =>
    seedAbilityWithCards(stores, a.id, a.cards, { domain: a.domain ?? 'jazz' }),
  );
  db.close();
  return { home, cards };
}

function stored(home: string) {
  const db = openDatabase(home);
  try {
    const practice = new SqlitePracticeStore(db);
    const repertoire = new SqliteRepertoireStore(db);
    return {
      reviews: practice.listReviews(),
      cards: practice.listCards({}),
      abilities: repertoire.listAbilities(),
    };
  } finally {
    db.close();
  }
}

describe('chops practice --json, --answer, --undo', () => {
  it('prints the due queue for scripts, limited and by domain', async () => {
    const { home } = seeded([
      { id: 'walking bass', cards: 2 },
      { id: 'fft', cards: 1, domain: 'dsp' },
    ]);
    const all = await runChops(['practice', '--json'], { home, env: now });
    expect(all.code).toBe(0);
    const queue = JSON.parse(all.stdout) as {
      total: number;
      cards: { id: string; ability: string; domain: string }[];
    };
    expect(queue.total).toBe(3);
    expect(queue.cards.map((c) => c.ability).sort()).toEqual(['fft', 'walking bass', 'walking bass']);
    expect(queue.cards.find((c) => c.id === 'walking bass-t-c1')).toMatchObject({
      ability: 'walking bass',
      domain: 'jazz',
      kind: 'recall',
      state: 'new',
      prompt: 'question 1 of walking bass-t',
    });
    const some = JSON.parse(
      (await runChops(['practice', '--json', '--limit', '1'], { home, env: now })).stdout,
    );
    expect([some.total, some.cards.length]).toEqual([3, 1]);
    const dsp = JSON.parse((await runChops(['practice', '--json', '-d', 'DSP'], { home, env: now })).stdout);
    expect(dsp.cards.map((c: { ability: string }) => c.ability)).toEqual(['fft']);
  });

  it('reviews one card without prompts, tells when it is due, and undoes it', async () => {
    const { home, cards } = seeded([{ id: 'walking bass', cards: 2 }]);
    const id = cards[0]!.id;
    const text = await runChops(['practice', '--answer', id, '--rating', 'easy'], { home, env: now });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^easy: card walking bass-t-c1 is due in \d+ days \(2026-03-\d\d\)\.\n$/);
    // The numbers the session's prompt offers work as well as the names: 1 is again.
    const json = await runChops(['practice', '--answer', cards[1]!.id, '--rating', '1', '--json'], {
      home,
      env: now,
    });
    expect(JSON.parse(json.stdout)).toMatchObject({ rating: 'again', state: 'learning', promoted: null });
    expect(stored(home).reviews.map((r) => r.rating)).toEqual(['easy', 'again']);
    const undo = await runChops(['practice', '--undo', '--json'], { home, env: now });
    expect(JSON.parse(undo.stdout)).toMatchObject({
      cardId: cards[1]!.id,
      rating: 'again',
      due: fixtureStart.toISOString(),
    });
    expect(stored(home).cards[1]).toEqual(cards[1]);
    expect(stored(home).reviews.map((r) => r.rating)).toEqual(['easy']);
  });

  it('tells the person when mastery makes an ability their own, across simulated days', async () => {
    const { home, cards } = seeded([{ id: 'walking bass', cards: 1 }]);
    expect((await runChops(['config', 'set', 'mastery-days', '30'], { home })).code).toBe(0);
    let at = fixtureStart.toISOString();
    let out = '';
    for (let review = 0; review < 10 && !out.includes('now your own'); review++) {
      const result = await runChops(['practice', '--answer', cards[0]!.id, '--rating', 'good', '--json'], {
        home,
        env: { CHOPS_NOW: at },
      });
      const outcome = JSON.parse(result.stdout) as { due: string; stability: number; promoted: unknown };
      expect(outcome.promoted !== null).toBe(outcome.stability >= 30);
      if (outcome.promoted) out = 'now your own';
      at = outcome.due;
    }
    expect(out).toBe('now your own');
    expect(stored(home).abilities[0]?.status).toBe('own');
  });

  it('says when the next card is due when nothing is due, and how to get cards when there are none', async () => {
    const { home, cards } = seeded([{ id: 'walking bass', cards: 1 }]);
    await runChops(['practice', '--answer', cards[0]!.id, '--rating', 'easy'], { home, env: now });
    const empty = await runChops(['practice'], { home, env: now });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toMatch(/^Nothing is due\. The next card is due in \d+ days \(2026-03-\d\d\)\.\n$/);
    const none = await runChops(['practice'], { home: tempFolder(), env: now });
    expect(none.stdout).toContain('No practice cards yet');
  });

  it('refuses bad input with one line and exit codes 1 (user) or 2 (usage)', async () => {
    const { home } = seeded([{ id: 'walking bass', cards: 1 }]);
    const cases: [string[], number, RegExp][] = [
      [['--answer', 'nope', '--rating', 'good'], 1, /no card "nope"/],
      [['--answer', 'walking bass-t-c1', '--rating', 'great'], 2, /great/],
      [['--limit', '0'], 2, /whole number/],
      [['--limit', 'lots', '--json'], 2, /whole number/],
      [['--answer', 'walking bass-t-c1'], 2, /goes with --rating/],
      [['--answer', 'walking bass-t-c1', '--response', 'C E G'], 2, /has no check to rate --response by/],
      [['--optimize', '--undo'], 2, /one at a time/],
      [['--undo'], 1, /no review to undo/],
    ];
    for (const [args, code, message] of cases) {
      const result = await runChops(['practice', ...args], { home, env: now });
      expect([args, result.code]).toEqual([args, code]);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('fails with exit code 3 before any card when --grade model has no model', async () => {
    const { home } = seeded([{ id: 'walking bass', cards: 1 }]);
    const result = await runChops(['practice', '--grade', 'model'], {
      home,
      env: { ...now, CHOPS_MODEL: '' },
    });
    expect(result.code).toBe(3);
    expect(stored(home).reviews).toEqual([]);
  });
});

describe('chops practice (session)', () => {
  it('asks, reveals, takes ratings and undo from the CLI’s own input, committing each review', async () => {
    const { home, cards } = seeded([{ id: 'walking bass', cards: 2 }]);
    await runChops(['config', 'set', 'mastery-days', '8'], { home });
    const script = ['the root', '9', 'again', 'u', '', 'easy', '', 'easy'].join('\n');
    const result = await runChops(['practice'], { home, env: now, stdin: script });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 cards to review.');
    expect(result.stdout).toContain('question 1 of walking bass-t');
    expect(result.stdout).toContain('type 1, 2, 3 or 4');
    expect(result.stdout).toContain('undid the again review');
    expect(result.stdout).toContain('again: next in 1 minute, again in this session');
    expect(result.stdout).toContain('★ "walking bass" is now your own');
    // The second easy card would fall on the first one's day: the load is spread to the day before.
    expect(result.stdout).toContain('easy: next in 7 days (2026-03-09)');
    expect(result.stdout).toMatch(/Reviewed 2 cards\.\nNext card due in 7 days/);
    const { reviews, abilities } = stored(home);
    expect(reviews.map((r) => [r.cardId, r.rating, r.answer])).toEqual([
      [cards[0]!.id, 'easy', ''],
      [cards[1]!.id, 'easy', ''],
    ]);
    expect(abilities[0]?.status).toBe('own');
  });

  it('shows card text from outside without terminal escapes', async () => {
    const home = tempFolder();
    const db = openDatabase(home);
    const stores = { practice: new SqlitePracticeStore(db), repertoire: new SqliteRepertoireStore(db) };
    const [card] = seedAbilityWithCards(stores, 'a1', 1);
    stores.practice.updateCard({ ...card!, memory: card!.memory });
    db.prepare('UPDATE cards SET prompt = ? WHERE id = ?').run(
      'red \u001b[31mALERT\u001b[0m \u0007bell',
      card!.id,
    );
    db.close();
    const result = await runChops(['practice'], { home, env: now, stdin: 'q\n' });
    expect(result.stdout).toContain('red ALERT \ufffdbell');
    expect(result.stdout).not.toContain('\u001b');
  });

  it('grades a typed answer with the model; Enter accepts its rating', async () => {
    const { home } = seeded([{ id: 'walking bass', cards: 1 }]);
    provider = await startScriptedProvider(() => ({ rating: 'easy', reason: 'Exactly \u001b[2Jright.' }));
    const env = { ...now, CHOPS_MODEL: 'openai-compatible:test-model', CHOPS_BASE_URL: provider.baseUrl };
    const result = await runChops(['practice', '--grade', 'model'], { home, env, stdin: 'the root\n\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('model: easy — Exactly right.');
    expect(stored(home).reviews.map((r) => [r.rating, r.answer])).toEqual([['easy', 'the root']]);
    expect(JSON.stringify(provider.requests[0])).toContain('the root');
  });

  it('loses no finished review when the process is killed mid-session', async () => {
    const { home, cards } = seeded([{ id: 'walking bass', cards: 3 }]);
    const main = fileURLToPath(new URL('../main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main, 'practice'], {
      env: { ...process.env, CHOPS_HOME: home, NO_COLOR: '1', ...now },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    const waitFor = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (stdout.includes(text)) resolve();
        };
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          check();
        });
        child.on('close', () => reject(new Error(`exited before "${text}": ${stdout}`)));
        check();
      });
    await waitFor('question 1 of');
    child.stdin.write('\neasy\n\neasy\n');
    await waitFor('question 3 of');
    const closed = new Promise((resolve) => child.on('close', resolve));
    child.kill('SIGKILL');
    await closed;
    const { reviews } = stored(home);
    expect(reviews.map((r) => [r.cardId, r.rating])).toEqual([
      [cards[0]!.id, 'easy'],
      [cards[1]!.id, 'easy'],
    ]);
    expect(stored(home).cards[2]?.memory.reps).toBe(0);
  }, 30_000);
});
