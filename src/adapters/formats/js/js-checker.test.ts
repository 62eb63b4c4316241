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

describe('js checker: the standard globals code reaches for', () => {
  it('offers console.table, group, dir, time, count and assert, printed as Node prints them', async () => {
    const result = await checker.check(
      [
        'console.group("totals");',
        'console.table([{ name: "pear", count: 2 }, { name: "fig", count: 10 }]);',
        'console.groupEnd();',
        'console.dir({ nested: { deep: [1, 2] } });',
        'console.time("sort"); [3, 1, 2].sort(); console.timeEnd("sort");',
        'console.count(); console.count();',
        'console.assert(1 === 2, "one is not two");',
        'assert(true);',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    const lines = result.output?.split('\n') ?? [];
    expect(lines.slice(0, 7)).toEqual([
      'totals',
      '  ┌─────────┬────────┬───────┐',
      '  │ (index) │ name   │ count │',
      '  ├─────────┼────────┼───────┤',
      "  │ 0       │ 'pear' │ 2     │",
      "  │ 1       │ 'fig'  │ 10    │",
      '  └─────────┴────────┴───────┘',
    ]);
    expect(lines[7]).toBe('{"nested":{"deep":[1,2]}}');
    expect(lines[8]).toMatch(/^sort: \d+\.\d{3} ms$/);
    expect(lines.slice(9, 12)).toEqual([
      'default: 1',
      'default: 2',
      '[error] Assertion failed: one is not two',
    ]);
  });

  it('offers structuredClone, performance.now, TextEncoder, queueMicrotask, Object.groupBy and crypto', async () => {
    const result = await checker.check(`
      const original = { when: new Date(0), tags: new Set(["a"]), scores: new Map([["x", [1, 2]]]) };
      original.self = original;
      const copy = structuredClone(original);
      assert(copy !== original && copy.self === copy && copy.scores.get("x")[1] === 2, "clone is deep");
      assert(copy.when instanceof Date && copy.tags.has("a"), "clone keeps types");
      assert.throws(() => structuredClone({ run() {} }));
      const t0 = performance.now();
      assert(typeof t0 === "number" && performance.now() >= t0, "performance.now");
      const bytes = new TextEncoder().encode("héllo €");
      assert.equal(bytes.length, 10);
      assert.equal(new TextDecoder().decode(bytes), "héllo €");
      let queued = false;
      queueMicrotask(() => { queued = true; });
      await null;
      assert(queued, "microtask ran");
      const byParity = Object.groupBy([1, 2, 3], (n) => (n % 2 ? "odd" : "even"));
      assert.deepEqual(byParity.odd, [1, 3]);
      assert.deepEqual(Map.groupBy([1, 2, 3], (n) => n > 1).get(true), [2, 3]);
      const random = crypto.getRandomValues(new Uint32Array(4));
      assert(random.some((n) => n !== 0), "random values");
      assert.match(crypto.randomUUID(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    `);
    expect(result.problems).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('says the types when values print alike: assert.equal(1, "1")', async () => {
    const result = await checker.check('assert.equal(1, "1");');
    expect(result.problems).toEqual(['assertion failed: expected "1" (string), got 1 (number) (line 1)']);
    const deep = await checker.check('assert.deepEqual({ n: 1 }, { n: "1" });');
    expect(deep.problems).toEqual(['assertion failed: expected {"n":"1"}, got {"n":1} (line 1)']);
  });

  it('prints Maps, Sets, typed arrays, errors and undefined as what they are', async () => {
    const result = await checker.check(
      [
        'console.log(new Map([["a", 1], ["b", { c: 2 }]]));',
        'console.log(new Set([1, "two"]), new Uint8Array([1, 2, 3]));',
        'console.log([undefined, 10n, -0, Symbol("s")], new RangeError("too far"));',
        'class Point { constructor() { this.x = 1; } }',
        'const loop = { name: "loop" }; loop.self = loop;',
        'console.log(new Point(), loop);',
        'assert(true);',
      ].join('\n'),
    );
    expect(result.output?.split('\n').slice(0, 4)).toEqual([
      'Map(2) {"a" => 1, "b" => {"c":2}}',
      'Set(2) {1, "two"} Uint8Array(3) [1,2,3]',
      '[undefined,10n,-0,Symbol(s)] RangeError: too far (line 3)',
      'Point {"x":1} {"name":"loop","self":[Circular]}',
    ]);
  });
});
