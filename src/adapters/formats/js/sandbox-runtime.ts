import { sandboxFormatSource } from './sandbox-format.js';
import { sandboxGlobalsSource } from './sandbox-globals.js';

/**
 * The trusted code that runs inside each fresh isolate before the artifact: it takes the host callbacks
 * off the global object (so the artifact cannot call them), installs `console` and `assert`, then runs
 * the artifact's source as the body of an async function, so top-level `await` works and no text in the
 * source can break out of the wrapper. Every outcome is reported through the callbacks as plain strings:
 * a thrown value never crosses to the host, because copying a hostile one (a getter that loops forever)
 * would run outside the time limit.
 *
 * Everything it relies on is captured before the artifact runs, and it is strict code, so the artifact's
 * tampering with globals or prototypes and `.caller` tricks cannot forge a pass.
 */
export const sandboxRuntimeSource = String.raw`'use strict';
(() => {
  const g = globalThis;
  const callbacks = { log: g.__chops_log, assertion: g.__chops_assertion, error: g.__chops_error, finish: g.__chops_finish, now: g.__chops_now, random: g.__chops_random };
  const source = g.__chops_source;
  const personData = g.__chops_data;
  for (const name of ['__chops_data', '__chops_log', '__chops_assertion', '__chops_error', '__chops_finish', '__chops_now', '__chops_random', '__chops_source']) delete g[name];
  // Nothing long crosses to the host: a message is cut here, before it is copied out of the isolate.
  const cut = (text) => text.length > 2000 ? text.slice(0, 1999) + '…' : text;
  const host = {
    log: callbacks.log,
    assertion: (holds, text) => callbacks.assertion(holds, cut(text)),
    error: (kind, text) => callbacks.error(kind, cut(text)),
    finish: callbacks.finish,
    now: callbacks.now,
    random: callbacks.random,
  };
  const AsyncFunction = (async () => {}).constructor;
  const ErrorBase = Error;
  const { apply, ownKeys, getPrototypeOf } = Reflect;
  const then = Promise.prototype.then;
  const toText = String;
  const stringify = JSON.stringify;
  const isArray = Array.isArray;
  const hasOwn = Object.hasOwn;
  const limitPerCall = 65536;

  const safe = (read, fallback) => { try { return read(); } catch { return fallback; } };
  // The first stack frame inside the artifact; its body starts on line 3 of the function AsyncFunction builds.
  const where = (stack) => {
    const match = /<anonymous>:(\d+):(\d+)/.exec(toText(stack));
    return match ? ' (line ' + (Number(match[1]) - 2) + ')' : '';
  };
  const describe = (value) => safe(() => {
    if (value !== null && typeof value === 'object' && 'message' in value) {
      const name = safe(() => toText(value.name), 'Error');
      return name + ': ' + safe(() => toText(value.message), '') + safe(() => where(value.stack), '');
    }
    return 'thrown value ' + format(value);
  }, 'an error that could not be described');
${sandboxFormatSource}
  let open = true;
  let indent = '';
  const write = (level, values) => {
    if (!open) return;
    let line = indent;
    for (let i = 0; i < values.length; i++) line += (i ? ' ' : '') + format(values[i]);
    if (indent) line = line.split('\n').join('\n' + indent);
    if (line.length > limitPerCall) line = line.slice(0, limitPerCall);
    open = host.log(level, line);
    // Stops a print loop at once instead of letting it run into the time limit.
    if (!open) throw new ErrorBase('console output limit reached');
  };
  const console = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) console[level] = (...values) => write(level, values);

  class AssertionError extends ErrorBase {}
  AssertionError.prototype.name = 'AssertionError';
  // A failed assertion is reported when it happens; the same error arriving uncaught is not news.
  const ownFailures = new WeakSet();
  const check = (holds, message, fallback) => {
    if (holds) { host.assertion(true, ''); return; }
    const text = message === undefined ? fallback() : format(message);
    const error = new AssertionError(text);
    ownFailures.add(error);
    host.assertion(false, text + safe(() => where(error.stack), ''));
    throw error;
  };
  const same = (a, b) => a === b || (a !== a && b !== b);
  const deepSame = (a, b, depth) => {
    if (same(a, b)) return true;
    if (depth > 200 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (getPrototypeOf(a) !== getPrototypeOf(b) || isArray(a) !== isArray(b)) return false;
    if (a instanceof Date) return same(a.getTime(), b.getTime());
    if (a instanceof Map || a instanceof Set) {
      if (a.size !== b.size) return false;
      for (const [key, value] of a.entries()) if (!b.has(key) || !deepSame(value, a instanceof Map ? b.get(key) : key, depth + 1)) return false;
      return true;
    }
    const keysA = ownKeys(a), keysB = ownKeys(b);
    if (keysA.length !== keysB.length) return false;
    for (const key of keysA) if (!hasOwn(b, key) || !deepSame(a[key], b[key], depth + 1)) return false;
    return true;
  };
  // Both values, with their types when printing alone would hide the difference (1 and "1").
  const versus = (expected, actual) => typeOf(expected) !== typeOf(actual) || format(expected) === format(actual)
    ? 'expected ' + formatTyped(expected) + ', got ' + formatTyped(actual)
    : 'expected ' + format(expected) + ', got ' + format(actual);
  const assert = (condition, message) => check(Boolean(condition), message, () => 'assertion failed');
  assert.ok = assert;
  assert.equal = (actual, expected, message) =>
    check(same(actual, expected), message, () => versus(expected, actual));
  assert.strictEqual = assert.equal;
  assert.notEqual = (actual, expected, message) =>
    check(!same(actual, expected), message, () => 'expected a value other than ' + format(expected));
  assert.deepEqual = (actual, expected, message) =>
    check(safe(() => deepSame(actual, expected, 0), false), message, () => versus(expected, actual));
  assert.deepStrictEqual = assert.deepEqual;
  assert.throws = (run, message) => {
    let threw = false;
    try { run(); } catch { threw = true; }
    check(threw, message, () => 'expected the function to throw');
  };
  assert.notStrictEqual = assert.notEqual;
  assert.notDeepEqual = (actual, expected, message) =>
    check(!safe(() => deepSame(actual, expected, 0), true), message, () => 'expected a value other than ' + format(expected));
  assert.match = (text, pattern, message) =>
    check(typeof text === 'string' && safe(() => pattern.test(text), false), message, () => 'expected ' + formatTyped(text) + ' to match ' + format(pattern));
  assert.doesNotThrow = (run, message) => {
    let error;
    try { run(); } catch (thrown) { error = thrown; }
    check(error === undefined, message, () => 'expected the function not to throw, it threw ' + describe(error));
  };
  assert.rejects = async (promised, message) => {
    let rejected = false;
    try { await (typeof promised === 'function' ? promised() : promised); } catch { rejected = true; }
    check(rejected, message, () => 'expected the promise to reject');
  };
  assert.fail = (message) => check(false, message, () => 'assert.fail() called');
  g.console = console;
  g.assert = assert;
${sandboxGlobalsSource}
  // The person's data (make --data): read-only, all the way down, so a check cannot pass by editing it.
  if (personData !== null) {
    const freeze = (value) => {
      if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const key of Object.keys(value)) freeze(value[key]);
      }
      return value;
    };
    Object.defineProperty(g, 'data', { value: freeze(personData), writable: false, configurable: false, enumerable: false });
  }

  return new Promise((resolve) => {
    const failed = (error) => {
      if (!safe(() => ownFailures.has(error), false)) host.error('uncaught', describe(error));
      resolve();
    };
    let body;
    try { body = new AsyncFunction(source); } catch (error) { host.error('syntax', describe(error)); resolve(); return; }
    let running;
    try { running = apply(body, undefined, []); } catch (error) { failed(error); return; }
    // The original then, so a replaced Promise.prototype.then cannot report a rejection as success.
    try { apply(then, running, [() => { host.finish(); resolve(); }, failed]); }
    catch (error) { host.error('uncaught', 'Promise was tampered with: ' + describe(error)); resolve(); }
  });
})()`;
