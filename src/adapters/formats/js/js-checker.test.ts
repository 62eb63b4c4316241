import { afterAll, describe, expect, it } from 'vitest';
import { createJsChecker } from './js-checker.js';

const checker = createJsChecker({ timeLimitMs: 1000 });
afterAll(() => checker.dispose());

describe('js checker: what passes and what fails', () => {
  it('passes code whose assertions hold, and captures its console output', async () => {
    const result = await checker.check(
      'const squares = [1, 2, 3].map((n) => n * n);\nconsole.log("squares", squares);\nconsole.warn("careful");\n' +
        'assert.deepEqual(squares, [1, 4, 9]);\nassert.equal(squares.length, 3);\nassert(squares.includes(4), "has 4");',
    );
    expect(result).toMatchObject({ passed: true, problems: [] });
    expect(result.output).toBe('squares [1,4,9]\n[warn] careful\n');
    expect(result.durationMs).toBeGreaterThan(0);
  });

  it('runs top-level await and async functions to their end', async () => {
    const result = await checker.check(
      'async function twice(n) { await null; return n * 2; }\nconst value = await twice(await Promise.resolve(21));\nassert.equal(value, 42);',
    );
    expect(result.passed).toBe(true);
  });

  it('fails a false assertion, naming the values and the line', async () => {
    const result = await checker.check('const total = 2 + 2;\nassert.equal(total, 5);');
    expect(result.passed).toBe(false);
    expect(result.problems).toEqual(['assertion failed: expected 5, got 4 (line 2)']);
  });

  it('fails a deepEqual that differs and an assertion the code caught itself', async () => {
    const deep = await checker.check('assert.deepEqual({ a: [1, 2] }, { a: [1, 3] });');
    expect(deep.problems[0]).toMatch(/^assertion failed: expected \{"a":\[1,3\]\}, got \{"a":\[1,2\]\}/);
    const caught = await checker.check('try { assert(false, "hidden failure"); } catch {}\nassert(true);');
    expect(caught.passed).toBe(false);
    expect(caught.problems).toEqual(['assertion failed: hidden failure (line 1)']);
  });

  it('fails code that asserts nothing, unless told not to require assertions', async () => {
    const result = await checker.check('console.log("hello");');
    expect(result.passed).toBe(false);
    expect(result.problems[0]).toMatch(/^made no assertions/);
    const lenient = createJsChecker({ requireAssertions: false });
    try {
      expect((await lenient.check('console.log("hello");')).passed).toBe(true);
    } finally {
      lenient.dispose();
    }
  });

  it('fails syntax errors, uncaught errors with their line, and rejections nobody awaited', async () => {
    expect((await checker.check('let x = ;')).problems).toEqual([
      "syntax error: SyntaxError: Unexpected token ';'",
    ]);
    expect((await checker.check('assert(true);\n\nthrow new TypeError("bad input");')).problems).toEqual([
      'uncaught: TypeError: bad input (line 3)',
    ]);
    const detached = await checker.check('(async () => { throw new Error("lost"); })();\nassert(true);');
    expect(detached.passed).toBe(false);
    expect(detached.problems.join()).toContain('lost');
  });

  it('fails code that awaits a promise that never settles', async () => {
    const result = await checker.check('await new Promise(() => {});\nassert(true);');
    expect(result.passed).toBe(false);
    expect(result.problems[0]).toMatch(/never finished within 1000 ms/);
  });

  it('keeps terminal escape sequences out of problems', async () => {
    const result = await checker.check('throw new Error("\\u001b[2J\\u001b]0;owned\\u0007cleared");');
    expect(result.problems[0]).not.toMatch(/\p{Cc}/u);
    expect(result.problems[0]).toContain('cleared');
  });

  it('ends as cancelled when the signal aborts', async () => {
    const controller = new AbortController();
    const running = checker.check('while (true) {}', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const result = await running;
    expect(result).toMatchObject({ passed: false, problems: ['the check was cancelled'] });
    expect((await checker.check('assert(1 + 1 === 2);')).passed).toBe(true);
  });

  it('refuses .js rendering, which has no other form', async () => {
    await expect(checker.render('assert(true)', 'svg')).rejects.toThrow(/no rendering/);
  });
});
