import { describe, expect, it } from 'vitest';
import {
  checkDatEntry,
  cleanDatEntry,
  type DatLexicon,
  datCandidates,
  meanPairwiseDistance,
  scoreDat,
} from './dat.js';

/** Ten words with orthogonal unit vectors (distance 1 between any two), and a few odd cases. */
const basis = [
  'cat',
  'thimble',
  'volcano',
  'justice',
  'sock',
  'spoon',
  'ocean',
  'ice-cream',
  'cafe',
  'happy',
];
const vectors = new Map<string, number[]>(
  basis.map((word, index) => [word, Array.from({ length: basis.length }, (_, i) => (i === index ? 1 : 0))]),
);
vectors.set(
  'kitten',
  vectors.get('cat')!.map((value) => value * 2),
);
const lexicon: DatLexicon = {
  inDictionary: (word) => vectors.has(word) || word === 'zyzzyva' || word === 'top-hat',
  vector: (word) => vectors.get(word),
  isNoun: (word) => word !== 'happy',
};

describe('cleanDatEntry and datCandidates', () => {
  it('keep letters, hyphens and spaces, trimmed and lower-cased, as the reference does', () => {
    expect(cleanDatEntry('  Ice Cream! ')).toBe('ice cream');
    expect(cleanDatEntry('dog2\u0007')).toBe('dog');
    expect(cleanDatEntry('猫')).toBe('');
    expect(cleanDatEntry('Café')).toBe('cafe');
  });

  it('try a multi-word entry hyphenated, then joined; a hyphenated one as is, then joined', () => {
    expect(datCandidates('cul de  sac')).toEqual(['cul-de-sac', 'culdesac']);
    expect(datCandidates('top-hat')).toEqual(['top-hat', 'tophat']);
    expect(datCandidates('cat')).toEqual(['cat']);
  });
});

describe('checkDatEntry', () => {
  it.each([
    ['Ice cream', { word: 'ice-cream' }],
    ['CAFÉ', { word: 'cafe' }],
    ['42', { word: '', reason: 'not-a-word' }],
    ['a', { word: 'a', reason: 'not-a-word' }],
    ['---', { word: '---', reason: 'not-a-word' }],
    ['blue moon', { word: 'blue-moon', reason: 'not-one-word' }],
    ['qwertyuiop', { word: 'qwertyuiop', reason: 'not-in-dictionary' }],
    ['zyzzyva', { word: 'zyzzyva', reason: 'no-vector' }],
    ['top-hat', { word: 'top-hat', reason: 'no-vector' }],
  ])('%j → %j', (entry, expected) => {
    expect(checkDatEntry(entry, lexicon)).toEqual(expected);
  });
});

describe('scoreDat', () => {
  it('scores the first 7 valid unique words: mean cosine distance × 100', () => {
    const result = scoreDat(
      ['cat', 'Cat', '42', 'thimble', 'volcano', 'justice', 'sock', 'spoon', 'ocean', 'ice cream'],
      lexicon,
    );
    expect(result.valid).toEqual(['cat', 'thimble', 'volcano', 'justice', 'sock', 'spoon', 'ocean']);
    expect(result.score).toBeCloseTo(100, 10);
    expect(result.unused).toEqual(['ice-cream']);
    expect(result.invalid).toEqual([
      { entry: 'Cat', word: 'cat', reason: 'duplicate' },
      { entry: '42', word: '', reason: 'not-a-word' },
    ]);
  });

  it('counts close words as close: a synonym lowers the score by its pairs', () => {
    const apart = scoreDat(['cat', 'thimble', 'volcano', 'justice', 'sock', 'spoon', 'ocean'], lexicon);
    const close = scoreDat(['cat', 'kitten', 'volcano', 'justice', 'sock', 'spoon', 'ocean'], lexicon);
    // cat and kitten point the same way: one of the 21 pairs has distance 0.
    expect(close.score).toBeCloseTo((20 / 21) * 100, 10);
    expect(close.score!).toBeLessThan(apart.score!);
  });

  it('gives no score with fewer than 7 valid words, and still says why the others fail', () => {
    const result = scoreDat(
      ['cat', 'thimble', 'volcano', 'justice', 'sock', 'spoon', 'qwerty', 'cat'],
      lexicon,
    );
    expect(result.score).toBeUndefined();
    expect(result.valid).toHaveLength(6);
    expect(result.invalid.map((entry) => entry.reason)).toEqual(['not-in-dictionary', 'duplicate']);
  });

  it('flags scored words that are not nouns, without dropping them (the reference checks no part of speech)', () => {
    const result = scoreDat(['happy', 'cat', 'thimble', 'volcano', 'justice', 'sock', 'spoon'], lexicon);
    expect(result.valid).toContain('happy');
    expect(result.notNouns).toEqual(['happy']);
    expect(result.score).toBeDefined();
  });

  it('survives odd input: empty, huge, control characters', () => {
    expect(scoreDat([], lexicon).score).toBeUndefined();
    const huge = scoreDat(['x'.repeat(100_000), '\u0000\u001b[31m', ''], lexicon);
    expect(huge.invalid.map((entry) => entry.reason)).toEqual([
      'not-in-dictionary',
      'not-a-word',
      'not-a-word',
    ]);
  });
});

describe('meanPairwiseDistance', () => {
  it('averages 1 − cosine over every pair', () => {
    expect(
      meanPairwiseDistance([
        [1, 0],
        [0, 1],
        [-1, 0],
      ]),
    ).toBeCloseTo((1 + 2 + 1) / 3, 10);
    expect(meanPairwiseDistance([[1, 0]])).toBe(0);
  });
});
