import { execFileSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { readDataFile } from './read-data-file.js';

const tempFolder = temporaryFolders();

// A plate reader's export, as a biochemist would pass it: wild type and variants, absorbance at 405 nm.
const plate = `well,variant,a405,replicate,flagged
A1,WT,0.412,1,false
A2,WT,0.398,2,false
B1,K45R,0.611,1,false
B2,K45R,,2,true
C1,"D101N, truncated",0.205,1,false
`;

function file(name: string, content: string | Buffer): string {
  const path = join(tempFolder(), name);
  writeFileSync(path, content);
  return path;
}

describe('readDataFile', () => {
  it('reads a CSV with typed values: numbers, booleans, empty cells as null, quoted commas', async () => {
    const data = await readDataFile(file('plate.csv', plate));
    expect(data).toMatchObject({ name: 'plate.csv', format: 'csv', rows: 5, columns: 5 });
    expect(data.values[0]).toEqual({ well: 'A1', variant: 'WT', a405: 0.412, replicate: 1, flagged: false });
    expect(data.values[3]).toMatchObject({ a405: null, flagged: true });
    expect(data.values[4]!.variant).toBe('D101N, truncated');
    expect(data.columnTypes).toEqual([
      { name: 'well', type: 'text' },
      { name: 'variant', type: 'text' },
      { name: 'a405', type: 'number' },
      { name: 'replicate', type: 'number' },
      { name: 'flagged', type: 'boolean' },
    ]);
    expect(data.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads TSV and JSON (an array of rows, or an object holding one)', async () => {
    const tsv = await readDataFile(
      file('plate.tsv', plate.replace(/,(?=[^ ])/g, '\t').replace('"D101N\ttruncated"', 'D101N')),
    );
    expect(tsv.values[2]).toMatchObject({ variant: 'K45R', a405: 0.611 });
    const json = await readDataFile(
      file(
        'runs.json',
        JSON.stringify({
          runs: [
            { day: 1, yield: 0.8 },
            { day: 2, yield: 0.9 },
          ],
        }),
      ),
    );
    expect(json.values).toEqual([
      { day: 1, yield: 0.8 },
      { day: 2, yield: 0.9 },
    ]);
  });

  it.each([
    [
      'a 1 GB file',
      () => {
        const path = file('huge.csv', '');
        truncateSync(path, 2 ** 30);
        return path;
      },
      /huge\.csv is 1024 MB; --data takes files up to 5 MB/,
    ],
    [
      'a binary file',
      () => file('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a])),
      /image\.csv is not a text file/,
    ],
    [
      'text that is not UTF-8',
      () => file('latin.csv', Buffer.from('name\ncaf\xe9\n', 'latin1')),
      /latin\.csv is not UTF-8 text/,
    ],
    [
      'ragged rows',
      () => file('ragged.csv', 'well,a405\nA1,0.4\nA2,0.5,extra\n'),
      /ragged\.csv: line 3 has a different number of fields from the header/,
    ],
    [
      'a spreadsheet formula',
      () => file('formula.csv', 'well,a405\nA1,=SUM(B2:B9)\n'),
      /formula\.csv: row 2, column "a405" holds a spreadsheet formula \(=SUM\(B2:B9\)\)/,
    ],
    [
      '10,000 columns',
      () =>
        file(
          'wide.csv',
          `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n${'1,'.repeat(9_999)}1\n`,
        ),
      /wide\.csv has 10000 columns; --data takes up to 200/,
    ],
    ['another extension', () => file('notes.xlsx', 'x'), /--data takes \.csv, \.tsv or \.json files/],
    ['JSON that is not rows', () => file('flat.json', '[1, 2, 3]'), /JSON data is an array of objects/],
    ['a header and no rows', () => file('empty.csv', 'well,a405\n'), /empty\.csv has no rows/],
  ])('refuses %s in one line', async (_name, make, message) => {
    const error = await readDataFile(make()).then(
      () => undefined,
      (thrown: Error) => thrown,
    );
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
  });

  it('refuses a FIFO instead of waiting for a writer', async () => {
    const path = join(tempFolder(), 'pipe.csv');
    execFileSync('mkfifo', [path]);
    await expect(readDataFile(path)).rejects.toThrow(/pipe\.csv is not a regular file/);
  });

  it('keeps a negative number, which starts like a formula', async () => {
    const data = await readDataFile(file('delta.csv', 'well,delta\nA1,-0.12\nA2,+3\n'));
    expect(data.values.map((row) => row.delta)).toEqual([-0.12, 3]);
  });
});
