import type { FormatDefinition } from '../format-definition.js';

/** JavaScript run in the sandbox, passing when it runs to its end with every assertion holding. */
export const jsFormat: FormatDefinition = {
  name: 'js',
  label: 'Code (JavaScript)',
  summary: 'a JavaScript program run and checked in a sandbox (computation, simulation, data analysis)',
  guide:
    'js: plain JavaScript run as a script in a sandbox, the body of an async function (top-level await ' +
    'works). Not available: require, import (static or dynamic), fetch or any network, files, process, ' +
    'setTimeout/setInterval, WebAssembly, DOM. Available: the language and its built-ins, console (log, ' +
    'info, warn, error, table, group, dir, time/timeEnd, count, assert), structuredClone, performance.now, ' +
    'TextEncoder/TextDecoder, queueMicrotask, crypto.getRandomValues/randomUUID, Object.groupBy. Check ' +
    'your own results with assert(cond, message), assert.equal, assert.deepEqual, assert.notEqual, ' +
    'assert.throws, assert.match; it passes only if it runs to its end and every assertion holds.',
  cardCheckGuide:
    'Make apply cards checkable where the task is code: give formatCheck.tests, assert(...) or ' +
    "assert.equal(actual, expected) lines that are run after the learner's code; the model answer must pass them.",
  dataGuide: (names) =>
    names.length === 1
      ? 'In js the rows are the read-only global `data`: an array of objects, one per row, numbers as numbers, empty cells as null.'
      : `In js the read-only global \`data\` holds each file's rows by file name: ${names.map((name) => `data[${JSON.stringify(name)}]`).join(', ')}.`,
  display: 'code',
  sourceExtensions: ['js', 'mjs'],
  renderExtensions: [],
  loadEngine: async (options) => (await import('./js-checker.js')).createJsChecker(options.js),
};
