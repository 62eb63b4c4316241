import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildVectors, HEADER_BYTES, isValidVectorsFile } from '../../../scripts/build-vectors.js';
import { StoreError } from '../../domain/errors/index.js';
import {
  type FixtureEntry,
  randomSource,
  temporaryFolder,
  winkJson,
  writeWinkJson,
} from './test-support/wink-fixture.js';
import { WordVectors } from './word-vectors.js';

const DIMS = 7;
const random = randomSource(42);
const special = ['the', '"', '\\', 'café', '€', 'naïve', 'cross-country', 'a\u0001b', '日本', 'e-mail'];
const generated = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
const entries: FixtureEntry[] = [...special, ...generated].map((word) => [
  word,
  Array.from({ length: DIMS }, () => Number((random() * 4).toPrecision(6))),
]);
// Exercise the number parser: exponents, a zero vector, negative zero.
entries[3] = ['café', [1.5e-3, -2e2, 0, -0, 3.25e1, 1e-7, 12]];
entries[4] = ['€', new Array(DIMS).fill(0)];

let folder: { path: string; cleanup: () => void };
let output: string;

beforeEach(() => {
  folder = temporaryFolder();
  output = join(folder.path, 'out', 'vectors.bin');
});
afterEach(() => folder.cleanup());

function build(list: readonly FixtureEntry[] = entries) {
  return buildVectors(writeWinkJson(folder.path, list), output);
}

describe('buildVectors and WordVectors', () => {
  it('round-trips every word, in order, within quantisation error', () => {
    const result = build();
    expect(result).toMatchObject({ dims: DIMS, count: entries.length });
    const vectors = WordVectors.open(output);
    expect(vectors.dims).toBe(DIMS);
    expect(vectors.size).toBe(entries.length);
    for (const [index, [word, expected]] of entries.entries()) {
      expect(vectors.indexOf(word)).toBe(index);
      expect(vectors.rank(word)).toBe(index + 1);
      expect(vectors.wordAt(index)).toBe(word);
      const actual = vectors.vector(word)!;
      const tolerance = Math.max(...expected.map(Math.abs)) / 127 / 2 + 1e-6;
      for (let d = 0; d < DIMS; d++)
        expect(Math.abs(actual[d]! - expected[d]!)).toBeLessThanOrEqual(tolerance);
    }
    expect(vectors.vector('€')).toEqual(new Float32Array(DIMS));
  });

  it('answers undefined and −1 for words it lacks, case-sensitively', () => {
    build();
    const vectors = WordVectors.open(output);
    for (const word of ['The', 'missing', '', 'cafe', 'x'.repeat(1000), 'w0', '"\\']) {
      expect(vectors.vector(word)).toBeUndefined();
      expect(vectors.rank(word)).toBeUndefined();
      expect(vectors.has(word)).toBe(false);
      expect(vectors.indexOf(word)).toBe(-1);
    }
  });

  it('accumulates weighted vectors without allocating and rejects bad indices', () => {
    build();
    const vectors = WordVectors.open(output);
    const sum = new Float32Array(DIMS);
    vectors.addTo(sum, 0, 2);
    vectors.addTo(sum, 1, -1);
    const expected = vectors.vectorAt(0).map((x, d) => 2 * x - vectors.vectorAt(1)[d]!);
    for (let d = 0; d < DIMS; d++) expect(sum[d]).toBeCloseTo(expected[d]!, 5);
    expect(() => vectors.addTo(sum, entries.length, 1)).toThrow(RangeError);
    expect(() => vectors.wordAt(-1)).toThrow(RangeError);
  });

  it('reports progress up to the whole file and leaves no temporary file', () => {
    const fractions: number[] = [];
    buildVectors(writeWinkJson(folder.path, entries), output, { onProgress: (f) => fractions.push(f) });
    expect(fractions.at(-1)).toBe(1);
    expect(readdirSync(join(folder.path, 'out'))).toEqual(['vectors.bin']);
    expect(isValidVectorsFile(output)).toBe(true);
  });

  it('refuses JSON whose words are out of rank order, miscounted or duplicated', () => {
    const input = join(folder.path, 'bad.json');
    writeFileSync(input, winkJson(entries.slice(0, 5), { indexOffset: 1 }));
    expect(() => buildVectors(input, output)).toThrow(/rank order/);
    writeFileSync(input, winkJson(entries.slice(0, 5)).replace('"size":5', '"size":6'));
    expect(() => buildVectors(input, output)).toThrow(/declares 6 words but holds 5/);
    writeFileSync(input, winkJson(entries.slice(0, 3)).replace('"\\\\":[', '"the":['));
    expect(() => buildVectors(input, output)).toThrow(/lists "the" twice/);
    writeFileSync(input, winkJson(entries.slice(0, 5)).slice(0, -40));
    expect(() => buildVectors(input, output)).toThrow();
    expect(existsSync(output)).toBe(false);
    expect(existsSync(join(folder.path, 'out'))).toBe(false);
  });
});

describe('WordVectors.open on a damaged file', () => {
  const damaged = (change: (file: Buffer) => Buffer) => {
    build();
    writeFileSync(output, change(readFileSync(output)));
    return () => WordVectors.open(output, { verify: true });
  };

  it('throws StoreError for a missing file', () => {
    expect(() => WordVectors.open(join(folder.path, 'nothing.bin'))).toThrow(StoreError);
    expect(() => WordVectors.open(join(folder.path, 'nothing.bin'))).toThrow(
      /^cannot read the word vectors at .*nothing\.bin: no such file$/,
    );
  });

  it('throws StoreError for a truncated file', () => {
    expect(damaged((file) => file.subarray(0, file.length - 1))).toThrow(/truncated/);
    expect(damaged((file) => file.subarray(0, 10))).toThrow(StoreError);
  });

  it('throws StoreError for a flipped byte, another format version or another kind of file', () => {
    expect(
      damaged((file) => {
        file[file.length - 100]! ^= 1;
        return file;
      }),
    ).toThrow(/checksum/);
    expect(
      damaged((file) => {
        file.writeUInt32LE(99, 8);
        return file;
      }),
    ).toThrow(/format version 99/);
    expect(damaged(() => Buffer.from('{"not":"vectors"}'.padEnd(100)))).toThrow(/not a vectors file/);
    expect(isValidVectorsFile(output)).toBe(false);
  });

  it('checks the header against the size even without the checksum', () => {
    const changed = damaged((file) => {
      file.writeUInt32LE(file.readUInt32LE(16) + 1, 16);
      return file;
    });
    expect(() => WordVectors.open(output)).toThrow(/expected/);
    expect(changed).toThrow(StoreError);
  });

  it('cannot be made to loop forever by a lookup table without empty slots', () => {
    build();
    const file = readFileSync(output);
    const tableStart = HEADER_BYTES + 4 * (entries.length + 1);
    for (let at = tableStart; at < tableStart + 4 * file.readUInt32LE(20); at += 4) file.writeUInt32LE(1, at);
    writeFileSync(output, file);
    const vectors = WordVectors.open(output);
    expect(vectors.indexOf('missing')).toBe(-1);
    expect(vectors.indexOf('the')).toBe(0);
  });
});

const realFile = join(import.meta.dirname, '../../../vectors/wink-100d.bin');

describe.skipIf(!existsSync(realFile))('the real wink vectors', () => {
  it('hold 341,479 words of 100 dimensions in frequency order', () => {
    const vectors = WordVectors.open(realFile);
    expect(vectors.size).toBe(341_479);
    expect(vectors.dims).toBe(100);
    expect(vectors.rank('the')).toBe(1);
    expect(vectors.rank('since')).toBe(101);
    expect(vectors.rank('sandberger')).toBe(341_479);
    expect(vectors.rank('cross-country')).toBeDefined();
    expect(vectors.rank('"')).toBe(8);
    // First values of "the" in the JSON: -0.038194, -0.24487, 0.72812; its largest is 3.0243.
    const the = vectors.vector('the')!;
    for (const [d, value] of [-0.038194, -0.24487, 0.72812].entries()) {
      expect(Math.abs(the[d]! - value)).toBeLessThanOrEqual(3.0243 / 254 + 1e-6);
    }
  });
});
