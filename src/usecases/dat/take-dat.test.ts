import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DatLexicon, DatRecord } from '../../domain/dat.js';
import { UserInputError } from '../../domain/errors/index.js';
import type { DatStore } from '../../domain/ports/dat-store.js';
import type { DatDeps } from './dat-deps.js';
import { datStanding, normalCdf } from './dat-norms.js';
import { scoreDatLines } from './score-dat-lines.js';
import { splitDatList, takeDat } from './take-dat.js';

const words = ['cat', 'thimble', 'volcano', 'justice', 'sock', 'spoon', 'ocean', 'ladder', 'cloud', 'wheel'];
const lexicon: DatLexicon = {
  inDictionary: (word) => words.includes(word),
  vector: (word) => {
    const index = words.indexOf(word);
    return index < 0 ? undefined : words.map((_, i) => (i === index ? 1 : 0.1));
  },
};

function deps(): DatDeps & { kept: DatRecord[] } {
  const kept: DatRecord[] = [];
  const store: DatStore = { insertDatScore: (record) => kept.push(record), listDatScores: () => kept };
  const at = new Date('2026-03-04T05:06:07.000Z');
  return { lexicon, store, clock: { now: () => at }, generateId: () => 'id1', kept };
}

describe('takeDat', () => {
  it('keeps a scored answer with its entries as given, the words scored, the time and an id', () => {
    const d = deps();
    const entries = [...words.slice(0, 9), 'Cat'];
    const { result, record } = takeDat(entries, d);
    expect(result.score).toBeGreaterThan(0);
    expect(d.kept).toEqual([
      { id: 'id1', words: entries, valid: words.slice(0, 7), score: result.score, takenAt: d.clock.now() },
    ]);
    expect(record).toEqual(d.kept[0]);
  });

  it('keeps nothing when fewer than 7 words are valid', () => {
    const d = deps();
    const { result, record } = takeDat(['cat', 'thimble', 'cat', '42', 'dragonfruit'], d);
    expect(result.score).toBeUndefined();
    expect(record).toBeUndefined();
    expect(d.kept).toEqual([]);
  });

  it('refuses an empty list and one of 100 KB with a UserInputError, keeping nothing', () => {
    const d = deps();
    expect(() => takeDat([], d)).toThrow(/no words given/);
    expect(() => takeDat(splitDatList('x'.repeat(100_000)), d)).toThrow(UserInputError);
    expect(d.kept).toEqual([]);
  });

  it('cannot be given a model: its dependencies hold no Thinker or Embedder', () => {
    expectTypeOf<DatDeps>().not.toHaveProperty('thinker');
    expectTypeOf<DatDeps>().not.toHaveProperty('embedder');
  });
});

describe('splitDatList', () => {
  it('splits on commas, trims, and drops empty entries', () => {
    expect(splitDatList(' cat ,, ice cream,\tdog ,')).toEqual(['cat', 'ice cream', 'dog']);
  });
});

async function collect(chunks: (string | Uint8Array)[]) {
  const results = [];
  for await (const result of scoreDatLines(chunks, lexicon)) results.push(result);
  return results;
}

describe('scoreDatLines', () => {
  it('scores one list a line, across chunk boundaries, skipping blank lines but counting them', async () => {
    const list = words.join(',');
    const results = await collect([`\uFEFF${list.slice(0, 5)}`, `${list.slice(5)}\r\n\n  \n`, 'cat,dog']);
    expect(results.map((result) => result.line)).toEqual([1, 4]);
    expect(results[0]).toMatchObject({ valid: words.slice(0, 7), unused: words.slice(7) });
    expect((results[0] as { score: number }).score).toBeGreaterThan(0);
    expect(results[1]).toMatchObject({ line: 4, score: undefined, valid: ['cat'] });
  });

  it('gives a line that is not UTF-8, or far too long, an error of its own and goes on', async () => {
    const bad = Uint8Array.from([0x63, 0xff, 0xfe, 0x0a]);
    const results = await collect([bad, `${'cat,'.repeat(50_000)}\n`, `${words.join(',')}\n`]);
    expect(results).toMatchObject([
      { line: 1, error: 'not UTF-8 text' },
      { line: 2, error: expect.stringMatching(/longer than 2000 characters/) },
      { line: 3, valid: words.slice(0, 7) },
    ]);
  });

  it('yields nothing for empty input', async () => {
    expect(await collect([])).toEqual([]);
    expect(await collect(['\n\n'])).toEqual([]);
  });
});

describe('datStanding', () => {
  it('maps the calibration mean to the published mean, and places it by the normal distribution', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(normalCdf(-1)).toBeCloseTo(0.1587, 3);
    expect(datStanding(77.32).publishedScale).toBeCloseTo(78.04, 6);
    const high = datStanding(100);
    expect(high.percentile).toBeGreaterThan(95);
    expect(high.percentile).toBeLessThan(100);
    expect(datStanding(60).percentile).toBeLessThan(datStanding(80).percentile);
  });
});
