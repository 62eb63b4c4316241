import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildVectors } from '../../../scripts/build-vectors.js';
import { StoreError } from '../../domain/errors/index.js';
import { locateWordVectors, VECTORS_FILE } from './locate-word-vectors.js';
import { temporaryFolder, writeWinkJson } from './test-support/wink-fixture.js';
import { WordVectors } from './word-vectors.js';

let folder: { path: string; cleanup: () => void };
let source: string;
let home: string;
let packageRoot: string;

beforeEach(() => {
  folder = temporaryFolder();
  source = writeWinkJson(folder.path, [
    ['jazz', [1, 0]],
    ['blues', [0, 1]],
  ]);
  home = join(folder.path, 'home');
  packageRoot = join(folder.path, 'package');
  mkdirSync(packageRoot);
});
afterEach(() => folder.cleanup());

describe('locateWordVectors', () => {
  it('uses CHOPS_VECTORS when set, and says when it names nothing', async () => {
    const path = join(folder.path, 'mine.bin');
    buildVectors(source, path);
    expect(await locateWordVectors({ home, packageRoot, source, env: { CHOPS_VECTORS: path } })).toBe(path);
    await expect(
      locateWordVectors({ home, packageRoot, source, env: { CHOPS_VECTORS: join(folder.path, 'none.bin') } }),
    ).rejects.toThrow(StoreError);
  });

  it('prefers the copy built in the package root at install', async () => {
    const shipped = join(packageRoot, VECTORS_FILE);
    buildVectors(source, shipped);
    expect(await locateWordVectors({ home, packageRoot, source, env: {} })).toBe(shipped);
  });

  it('builds a copy in the data folder once, reporting progress, then reuses it', async () => {
    const notes: [string, number][] = [];
    const path = await locateWordVectors({
      home,
      packageRoot,
      source,
      env: {},
      onProgress: (message, fraction) => notes.push([message, fraction]),
    });
    expect(path).toBe(join(home, VECTORS_FILE));
    expect(WordVectors.open(path).rank('blues')).toBe(2);
    expect(notes[0]).toEqual([expect.stringContaining('Building word vectors'), 0]);
    expect(notes.at(-1)).toEqual(['Word vectors ready', 1]);
    notes.length = 0;
    expect(
      await locateWordVectors({ home, packageRoot, source, env: {}, onProgress: () => notes.push(['', 0]) }),
    ).toBe(path);
    expect(notes).toEqual([]);
  });

  it('rebuilds a data-folder copy that is truncated or of an older format', async () => {
    const path = join(home, VECTORS_FILE);
    buildVectors(source, path);
    const file = readFileSync(path);
    file.writeUInt32LE(0, 8);
    writeFileSync(path, file);
    expect(await locateWordVectors({ home, packageRoot, source, env: {} })).toBe(path);
    expect(WordVectors.open(path).size).toBe(2);
    writeFileSync(path, readFileSync(path).subarray(0, 50));
    await locateWordVectors({ home, packageRoot, source, env: {} });
    expect(WordVectors.open(path).size).toBe(2);
  });

  it('throws StoreError when the source cannot be converted', async () => {
    const broken = join(folder.path, 'broken.json');
    writeFileSync(broken, '{"size": 2, "dimensions": 2, "vectors": {"jazz": [1, 0, 0, 0]');
    await expect(locateWordVectors({ home, packageRoot, source: broken, env: {} })).rejects.toThrow(
      /^cannot build the word vectors at .*: /,
    );
  });

  it('finds the real package root by default', async () => {
    const installed = join(import.meta.dirname, '../../..', VECTORS_FILE);
    const path = await locateWordVectors({ home, source, env: {} });
    expect(path).toBe(existsSync(installed) ? installed : join(home, VECTORS_FILE));
  });
});
