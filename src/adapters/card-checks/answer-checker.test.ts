import { afterAll, describe, expect, it } from 'vitest';
import type { CardCheck } from '../../domain/practice/card-check.js';
import { createFormats } from '../formats/index.js';
import { SandboxHost } from '../formats/js/sandbox-host.js';
import { createAnswerChecker } from './answer-checker.js';

const host = new SandboxHost();
const checker = createAnswerChecker(createFormats({ js: { timeLimitMs: 1000, host } }));
afterAll(() => host.dispose());

// As a strong model writes a checked apply card for a "slugify" trick.
const slugTests: CardCheck = {
  format: 'js',
  tests: [
    "assert.equal(slugify('Hello, World!'), 'hello-world');",
    "assert.equal(slugify('  Crème brûlée  '), 'creme-brulee');",
    "assert.equal(slugify('a--b'), 'a-b', 'runs of dashes collapse');",
  ].join('\n'),
};

const rightAnswer = `function slugify(text) {
  return text
    .normalize('NFKD')
    .replace(/[\\u0300-\\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}`;

// A person's near miss: accents are kept out but not folded.
const wrongAnswer = `const slugify = (s) => s.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-') // forgot the edges`;

describe('checking a js answer in the sandbox against the card’s tests', () => {
  it('passes a right answer and fails a wrong one with the failed assertions shown', async () => {
    const passed = await checker.check(slugTests, rightAnswer);
    expect(passed.problems).toEqual([]);
    expect(passed.passed).toBe(true);

    const failed = await checker.check(slugTests, wrongAnswer);
    expect(failed.passed).toBe(false);
    expect(failed.problems.join('\n')).toMatch(/crème|creme|Expected|assert/i);
  });

  it('contains a hostile answer like any artifact, and checks the next answer as usual', async () => {
    const looping = await checker.check(slugTests, 'function slugify() { for (;;) {} }\nslugify();');
    expect(looping.passed).toBe(false);
    expect(looping.problems.join(' ')).toMatch(/within 1000 ms|time|killed/i);

    const escaping = await checker.check(
      slugTests,
      "const fs = require('fs'); fs.writeFileSync('/tmp/chops-owned', 'x'); function slugify(t) { return t; }",
    );
    expect(escaping.passed).toBe(false);
    expect(escaping.problems.join(' ')).toMatch(/require is not defined/);

    // An answer that disarms the tests, or hides them in a comment, fails instead of passing.
    for (const cheat of [
      'assert.equal = () => {}; function slugify() {}',
      'globalThis.assert = { equal() {} }; function slugify() {}',
      "function slugify() { return 'hello-world'; } /*",
    ])
      expect([cheat, (await checker.check(slugTests, cheat)).passed]).toEqual([cheat, false]);

    expect((await checker.check(slugTests, rightAnswer)).passed).toBe(true);
  });
});

describe('checking an abc answer with the musical condition', () => {
  const thirdOfC: CardCheck = {
    format: 'abc',
    condition: { meter: '4/4', bars: 1, key: 'C', endsOn: 3 },
  };

  it('passes a bar of 4/4 ending on the third of C, typed as bare notes', async () => {
    const result = await checker.check(thirdOfC, 'G,A,B,C DCB,E|');
    expect(result.problems).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('fails one that ends on the fifth, or runs a bar long, saying which', async () => {
    const onFifth = await checker.check(thirdOfC, 'CDEF EDCG|');
    expect(onFifth.passed).toBe(false);
    expect(onFifth.problems).toEqual(['the last note is G, not the third (E)']);

    const long = await checker.check(thirdOfC, 'X:1\nM:4/4\nL:1/8\nK:C\nCDEF GABc d|');
    expect(long.passed).toBe(false);
    expect(long.problems.join(' ')).toMatch(/bar 1/i);
  });

  it('reads the key signature and accidentals: the third of A minor is C, of Eb is G', async () => {
    const minor = await checker.check(
      { format: 'abc', condition: { key: 'Am', endsOn: 3, bars: 1, meter: '4/4' } },
      'X:1\nM:4/4\nL:1/8\nK:Am\nABcB A2 c2|',
    );
    expect(minor.problems).toEqual([]);
    const flat = await checker.check(
      { format: 'abc', condition: { key: 'Eb', endsOn: 3 } },
      'X:1\nM:3/4\nL:1/4\nK:Eb\nE F G|',
    );
    expect(flat.problems).toEqual([]);
    const natural = await checker.check(
      { format: 'abc', condition: { key: 'Eb', endsOn: 4 } },
      'X:1\nM:3/4\nL:1/4\nK:Eb\nE F =A|',
    );
    expect(natural.problems).toEqual(['the last note is A, not the fourth (G#/Ab)']);
  });
});

describe('checking a vega-lite answer', () => {
  it('validates the spec', async () => {
    const spec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      data: { values: [{ a: 'x', b: 2 }] },
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
    };
    expect((await checker.check({ format: 'vega-lite' }, JSON.stringify(spec))).passed).toBe(true);
    const broken = await checker.check(
      { format: 'vega-lite' },
      '{"mark": "bar", "encoding": {"x": {"field": 3}}}',
    );
    expect(broken.passed).toBe(false);
    expect(broken.problems.length).toBeGreaterThan(0);
  });
});
