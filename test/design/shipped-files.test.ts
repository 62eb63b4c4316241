import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** Every source file the build (tsconfig.build.json) compiles into dist: src/ minus tests and test-support/. */
function shippedFiles(): string[] {
  return readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .filter((path) => !path.split('/').includes('test-support'))
    .map((path) => relative(root, `${root}src/${path}`));
}

describe('what ships in dist', () => {
  it('holds no test helpers: those live in test-support/ folders, which the build leaves out', () => {
    const helpers = shippedFiles().filter((path) =>
      /(^|[-/])(test|fake|mock|scripted|fixtures?)[-./]/.test(path),
    );
    expect(helpers).toEqual([]);
    expect(shippedFiles()).toContain('src/faces/cli/main.ts');
  });
});
