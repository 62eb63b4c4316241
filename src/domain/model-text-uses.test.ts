import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const home = 'src/domain/model-text.ts';

function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// What only the text-safety module may define; a copy elsewhere drifts from it (as five did).
const copies: [string, RegExp][] = [
  ['a prompt quote that drops angle brackets', /\.replace\(\/\[<>\]\/g/],
  ['an escape-sequence pattern', /\\u001b\[?\(\?:|\\u001b\\\[|stripVTControlCharacters/],
  ['a UTF-16 cut with an ellipsis', /\.slice\(0, [^)]*\)\}?…|\.slice\(0, [^)]*\) \+ '…'/],
];

describe('making outside text safe lives in one module', () => {
  const files = ['src', 'web/src'].flatMap(sources).filter((path) => path !== home);

  it.each(copies)('no file but model-text.ts holds %s', (_what, pattern) => {
    const found = files.filter((path) => {
      // The sandbox's runtime is source text run inside the isolate: it cannot import the module.
      if (path.startsWith('src/adapters/formats/js/sandbox-')) return false;
      return pattern.test(readFileSync(join(root, path), 'utf8'));
    });
    expect(found.map((path) => relative(root, join(root, path)))).toEqual([]);
  });
});
