import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAbcChecker } from './abc-checker.js';
import { splitTuneBook } from './tune-book.js';

const sample = readFileSync(new URL('../../../../bench/fixtures/abc-sample.abc', import.meta.url), 'utf8');

describe('splitTuneBook', () => {
  it('splits a tune book at X: lines, keeping each tune’s number, title and line', () => {
    const tunes = splitTuneBook(sample);
    expect(tunes).toHaveLength(16);
    expect(tunes[2]).toMatchObject({ reference: '3', title: "Soldier's Joy" });
    expect(sample.split('\n')[tunes[2]!.line - 1]).toBe('X:3');
  });

  it('gives every tune the file header’s fields, but not its version line', () => {
    const tunes = splitTuneBook(
      '%%abc-2.1\nL:1/8\n\nX:1\nT:One\nM:2/4\nK:G\nGABc|d4|]\n\nX:2\nT:Two\nM:2/4\nK:D\nDEFG|A4|]\n',
    );
    expect(tunes.map((tune) => tune.title)).toEqual(['One', 'Two']);
    expect(tunes[1]!.text.startsWith('L:1/8\nX:2\n')).toBe(true);
  });

  it('takes a file without X: as one tune', () => {
    expect(splitTuneBook('T:Loose\nK:G\nGABc|\n')).toMatchObject([
      { reference: '', title: 'Loose', line: 1 },
    ]);
  });

  it('passes every tune of a human-written old-time tune book sample', async () => {
    const checker = createAbcChecker();
    for (const tune of splitTuneBook(sample)) expect((await checker.check(tune.text)).problems).toEqual([]);
  });
});
