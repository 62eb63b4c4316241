import { describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';
import { newCard } from '../../../domain/practice/card.js';
import { newTrick } from '../../../domain/practice/trick.js';
import { saveTricks } from '../../../usecases/practice/save-tricks.js';
import { sqlitePracticeDeps } from '../../../usecases/practice/test-support/practice-deps.js';
import { addAbility, fixtureStart } from '../../../usecases/practice/test-support/practice-fixture.js';

const tempFolder = temporaryFolders();
const env = { CHOPS_NOW: fixtureStart.toISOString() };

/** A data folder with one checked js apply card and one checked abc card, as learn leaves them. */
function seeded() {
  const home = tempFolder();
  const deps = sqlitePracticeDeps(home);
  addAbility(deps, 'a-js', { name: 'Debouncing', domain: 'web' });
  addAbility(deps, 'a-abc', { name: 'Guide-tone lines', domain: 'jazz' });
  const jsTrick = newTrick(
    { abilityId: 'a-js', name: 'Trailing-edge debounce', explanation: 'x', example: 'x', format: 'js' },
    't-js',
    fixtureStart,
  );
  const abcTrick = newTrick(
    { abilityId: 'a-abc', name: 'Landing on the third', explanation: 'x', example: 'x', format: 'abc' },
    't-abc',
    fixtureStart,
  );
  const jsCard = newCard(
    {
      trickId: 't-js',
      abilityId: 'a-js',
      kind: 'apply',
      prompt: 'Write clamp(x, lo, hi) that keeps x within [lo, hi].',
      answer: 'const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));',
      formatCheck: {
        format: 'js',
        tests:
          'assert.equal(clamp(5, 0, 3), 3);\nassert.equal(clamp(-1, 0, 3), 0);\nassert.equal(clamp(2, 0, 3), 2);',
      },
    },
    'c-js',
    new Date(fixtureStart.getTime() - 1000),
  );
  const abcCard = newCard(
    {
      trickId: 't-abc',
      abilityId: 'a-abc',
      kind: 'apply',
      prompt: 'Write a bar of 4/4 in C that lands on the third.',
      answer: 'G,A,B,C DCB,E|',
      formatCheck: { format: 'abc', condition: { meter: '4/4', bars: 1, key: 'C', endsOn: 3 } },
    },
    'c-abc',
    fixtureStart,
  );
  saveTricks([jsTrick, abcTrick], [jsCard, abcCard], deps);
  return { home, deps };
}

describe('checked apply cards at the terminal', () => {
  it('runs the answer, proposes good for a pass and again for a fail, and lets the person override', async () => {
    const { home, deps } = seeded();
    const stdin = [
      '"""',
      'function clamp(x, lo, hi) {',
      '  return Math.min(hi, Math.max(lo, x));',
      '}',
      '"""',
      '', // Enter takes the check's proposal
      'CDEF GABc|',
      '2', // the check says again; the person says hard
    ].join('\n');
    const result = await runChops(['practice'], { home, env, stdin: `${stdin}\n` });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain("your code is run with the card's tests in the sandbox");
    expect(result.stdout).toContain('check: good — passed');
    expect(result.stdout).toContain('checked as ABC: 1 bar of 4/4 in C ending on the third');
    expect(result.stdout).toContain('check: again — failed: the last note is C, not the third (E)');
    const reviews = deps.practice.listReviews();
    expect(reviews.map((r) => [r.cardId, r.rating])).toEqual([
      ['c-js', 'good'],
      ['c-abc', 'hard'],
    ]);
    expect(reviews[0]!.answer).toBe(
      'function clamp(x, lo, hi) {\n  return Math.min(hi, Math.max(lo, x));\n}',
    );
  });

  it('rates one card by its check from a script, or by the rating given', async () => {
    const { home, deps } = seeded();
    const wrong = await runChops(
      ['practice', '--answer', 'c-js', '--response', 'const clamp = (x) => x;', '--json'],
      { home, env },
    );
    expect(wrong.code).toBe(0);
    const outcome = JSON.parse(wrong.stdout);
    expect(outcome).toMatchObject({ rating: 'again', proposal: { rating: 'again', by: 'check' } });
    expect(outcome.proposal.problems.join(' ')).toMatch(/assertion failed|Expected|3/);

    const overridden = await runChops(
      ['practice', '--answer', 'c-abc', '--response', 'CDEF GABc|', '--rating', 'good'],
      { home, env },
    );
    expect(overridden.stdout).toContain('check: again — failed: the last note is C, not the third (E)');
    expect(overridden.stdout).toMatch(/^good: card c-abc/m);
    expect(deps.practice.listReviews().map((r) => r.rating)).toEqual(['again', 'good']);
  });
});
