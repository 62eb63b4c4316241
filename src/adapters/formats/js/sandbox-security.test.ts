import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsChecker } from './js-checker.js';

// Generated code is hostile until proven otherwise (issue 4): each attack must end as a failed check
// with a clear reason, leave the machine untouched, and leave chops (this process) able to go on.
const checker = createJsChecker({ timeLimitMs: 1000, memoryLimitMb: 64 });
const folder = mkdtempSync(join(tmpdir(), 'chops-sandbox-'));
const target = join(folder, 'written-by-the-artifact');
let server: Server;
let port = 0;
let connections = 0;

beforeAll(async () => {
  server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  checker.dispose();
  rmSync(folder, { recursive: true, force: true });
  await new Promise((resolve) => server.close(resolve));
});

async function expectFailure(code: string, reason: RegExp) {
  const result = await checker.check(code);
  expect(result.passed).toBe(false);
  expect(result.problems.join('\n')).toMatch(reason);
  return result;
}

describe('js sandbox against hostile code', () => {
  it('cannot read or write files', async () => {
    await expectFailure(
      `require('fs').writeFileSync(${JSON.stringify(target)}, 'x'); assert(true);`,
      /require is not defined/,
    );
    await expectFailure(
      `const fs = await import('node:fs'); fs.writeFileSync(${JSON.stringify(target)}, 'x');`,
      /uncaught/,
    );
    await expectFailure(`process.binding('fs'); assert(true);`, /process is not defined/);
    expect(existsSync(target)).toBe(false);
  });

  it('cannot open sockets or fetch', async () => {
    await expectFailure(`await fetch('http://127.0.0.1:${port}/'); assert(true);`, /fetch is not defined/);
    await expectFailure(
      `new WebSocket('ws://127.0.0.1:${port}/'); assert(true);`,
      /WebSocket is not defined/,
    );
    await expectFailure(
      `require('net').connect(${port}, '127.0.0.1'); assert(true);`,
      /require is not defined/,
    );
    await expectFailure(`new XMLHttpRequest(); assert(true);`, /XMLHttpRequest is not defined/);
    expect(connections).toBe(0);
  });

  it('cannot spawn processes, exit chops, or set timers', async () => {
    await expectFailure(
      `require('child_process').execSync('touch ${target}'); assert(true);`,
      /require is not defined/,
    );
    await expectFailure('process.exit(0);', /process is not defined/);
    await expectFailure('setTimeout(() => {}, 0); assert(true);', /setTimeout is not defined/);
    expect(existsSync(target)).toBe(false);
    expect(process.exitCode ?? 0).toBe(0);
  });

  it('cannot reach the host through Function constructors', async () => {
    await expectFailure("const p = new Function('return process')(); assert(p);", /process is not defined/);
    await expectFailure(
      "const p = this?.constructor?.constructor('return process')(); assert(p);",
      /process is not defined/,
    );
    await expectFailure(
      "const p = (async () => {}).constructor('return globalThis.require')(); assert(await p);",
      /assertion failed/,
    );
  });

  it('stops an endless loop, in top-level code and inside a promise', async () => {
    const started = performance.now();
    await expectFailure('while (true) {}', /did not finish within 1000 ms/);
    await expectFailure(
      'await Promise.resolve().then(() => { while (true) {} });',
      /did not finish within 1000 ms/,
    );
    expect(performance.now() - started).toBeLessThan(8000);
  });

  it('stops unbounded allocation at the memory limit', async () => {
    // A small heap and a long time limit, so that memory runs out first even on a busy machine.
    const small = createJsChecker({ memoryLimitMb: 16, timeLimitMs: 20_000 });
    try {
      const result = await small.check(
        'const hoard = [];\nfor (;;) hoard.push(new Array(10000).fill(hoard.length));',
      );
      expect(result.passed).toBe(false);
      expect(result.problems).toEqual(['ran out of memory: used more than the 16 MB allowed']);
    } finally {
      small.dispose();
    }
  });

  it('stops a flood of console output and keeps only the limit', async () => {
    const result = await expectFailure(
      'for (;;) console.log("x".repeat(1000));',
      /console output exceeded 65536 characters/,
    );
    expect(result.output?.length).toBeLessThanOrEqual(65536);
  });

  it('does not let tampering with globals forge a pass or leak into chops', async () => {
    await expectFailure(
      'Promise.prototype.then = function (ok) { ok(); }; assert(true); throw new Error("after tampering");',
      /after tampering/,
    );
    await expectFailure(
      'Object.defineProperty(Promise.prototype, "constructor", { get() { throw 1; } }); assert(true); throw new Error("x");',
      /uncaught/,
    );
    await expectFailure(
      'assert.equal(1, 2); globalThis.assert = () => {}; assert(true);',
      /assertion failed: expected 2, got 1/,
    );
    await checker.check(
      'Object.prototype.polluted = true; Array.prototype.map = null; globalThis.console = null; assert(true);',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect([1].map((n) => n)).toEqual([1]);
    // The next artifact gets a fresh isolate, untouched by the last one.
    expect(
      (await checker.check('assert.deepEqual([1, 2].map((n) => n * 2), [2, 4]); console.log("ok");')).passed,
    ).toBe(true);
  });

  it('survives hostile thrown values that loop when read, killing the sandbox process if it must', async () => {
    await expectFailure('throw { get message() { while (true) {} } };', /did not finish/);
    const trap =
      '{ get() { while (true) {} }, ownKeys() { while (true) {} }, getOwnPropertyDescriptor() { while (true) {} } }';
    await expectFailure(
      `Promise.reject(new Proxy({}, ${trap})); assert(true);`,
      /did not finish within 1000 ms/,
    );
    expect((await checker.check('assert.equal(6 * 7, 42);')).passed).toBe(true);
  });
});
