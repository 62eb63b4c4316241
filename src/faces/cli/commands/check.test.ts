import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChops } from '../../../../test/support/run-chops.js';
import { temporaryFolders } from '../../../../test/support/temp-folder.js';

const tempFolder = temporaryFolders();
const sample = new URL('../../../../bench/fixtures/abc-sample.abc', import.meta.url);

const book = `%%abc-2.1
L:1/8

X:1
T:Good jig
M:6/8
K:G
|:G3 GAB|A3 ABd|edd gdd|edB dBA:|

X:2
T:Short bar
M:6/8
K:G
|:G3 GAB|A3 AB|edd gdd|edB dBA:|
`;

describe('chops check', () => {
  it('checks a tune book tune by tune, one JSON line each, and exits 1 when one fails', async () => {
    const home = tempFolder();
    const file = join(home, 'book.abc');
    writeFileSync(file, book);
    const checked = await runChops(['check', file, '--json'], { home });
    expect(checked.code).toBe(1);
    const lines = checked.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { file, tune: 'X:1 Good jig', line: 4, format: 'abc', passed: true, problems: [], warnings: [] },
      {
        file,
        tune: 'X:2 Short bar',
        line: 10,
        format: 'abc',
        passed: false,
        problems: ['bar 2 "A3 AB" lasts 5/8 but the metre needs 6/8'],
        warnings: [],
      },
    ]);
    expect(checked.stderr.trim()).toBe('chops: 1 of 2 failed their check');
    // It never needed the data folder.
    expect(existsSync(join(home, 'chops.db'))).toBe(false);
  });

  it('passes a human-written tune book and files of every format named by extension', async () => {
    const home = tempFolder();
    const tunes = join(home, 'old-time.abc');
    copyFileSync(sample, tunes);
    const notes = join(home, 'notes.md');
    writeFileSync(notes, '# Set list\n\nReels first, then the waltz.\n');
    const chart = join(home, 'chart.vl.json');
    writeFileSync(
      chart,
      JSON.stringify({
        data: { values: [{ tune: 'Kesh', plays: 4 }] },
        mark: 'bar',
        encoding: { x: { field: 'tune', type: 'nominal' }, y: { field: 'plays', type: 'quantitative' } },
      }),
    );
    const checked = await runChops(['check', tunes, notes, chart], { home });
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain(`${tunes}:34 X:3 Soldier's Joy: passes`);
    expect(checked.stdout).toContain(`${notes} (markdown): passes`);
    expect(checked.stdout).toContain(`${chart} (vega-lite): passes`);
    expect(checked.stdout.trim().split('\n').at(-1)).toBe('all 18 passed');
  });

  it('prints what is wrong in a file, and takes the format from --format', async () => {
    const home = tempFolder();
    const file = join(home, 'plan.txt');
    writeFileSync(file, '# Plan\n\n## Steps\n');
    const checked = await runChops(['check', file, '--format', 'markdown'], { home });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/plan\.txt \(markdown\): fails\n {2}.*Steps/);
  });

  it('refuses an unknown extension, a missing file, a binary file and a folder in one line', async () => {
    const home = tempFolder();
    const binary = join(home, 'tune.abc');
    writeFileSync(binary, Buffer.from([0x58, 0x3a, 0x31, 0x00, 0xff]));
    const cases: [string[], RegExp][] = [
      [
        [join(home, 'notes.txt')],
        /cannot tell the format of .*notes\.txt: name it .*\.abc.* or give --format/,
      ],
      [[join(home, 'missing.abc')], /cannot read .*missing\.abc: no such file/],
      [[binary], /tune\.abc is not a text file/],
      [[home, '--format', 'abc'], /is not a regular file/],
    ];
    for (const [args, message] of cases) {
      const checked = await runChops(['check', ...args], { home });
      expect(checked.code).toBe(1);
      expect(checked.stderr.trim().split('\n')).toHaveLength(1);
      expect(checked.stderr).toMatch(message);
    }
  });
});
