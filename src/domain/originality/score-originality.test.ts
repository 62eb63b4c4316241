import { describe, expect, it } from 'vitest';
import { contentWords, objectKey, responseWords } from './content-words.js';
import type { PreparedResponse } from './originality-features.js';
import type { OriginalityNorms } from './originality-norms.js';
import { scoreOriginality } from './score-originality.js';

const axis = (i: number) => Float32Array.from({ length: 4 }, (_, d) => (d === i ? 1 : 0));

function prepared(response: string, vector: Float32Array): PreparedResponse {
  return {
    objectKey: objectKey('brick'),
    words: contentWords(response, 'brick'),
    wordCount: responseWords(response).length,
    vector,
    objectVector: axis(0),
  };
}

const norms: OriginalityNorms = {
  embedderModel: 'test',
  meanRating: 2.5,
  weights: {
    intercept: 0,
    objectMean: 1,
    features: {
      wordRarity: 0.1,
      pairRarity: 0,
      length: 0,
      neighbourDistance: 1,
      objectDistance: 0,
      wordRarityMean: 0,
      wordRarityMax: 0,
      wordRaritySum: 0,
    },
  },
  featureMeans: {
    wordRarity: 3,
    pairRarity: 3,
    length: 1.5,
    neighbourDistance: 0.2,
    objectDistance: 0.6,
    wordRarityMean: 3,
    wordRarityMax: 3,
    wordRaritySum: 6,
  },
  objects: new Map([
    [
      'brick',
      {
        responses: 100,
        meanRating: 2,
        words: new Map([['doorstop', 60]]),
        pairs: new Map(),
        clusters: { vectors: [axis(1)], counts: [60] },
        kinds: { vectors: [axis(1), axis(2)], counts: [60, 40] },
      },
    ],
  ]),
};

describe('scoreOriginality', () => {
  it('scores a use most people gave below one nobody gave, on the 1–5 scale', () => {
    const [common, rare] = scoreOriginality(
      [prepared('Doorstops', axis(1)), prepared('grind it into pigment for cave paintings', axis(2))],
      norms,
    );
    expect(common!.normed).toBe(true);
    expect(common!.originality).toBeLessThan(rare!.originality);
    expect(rare!.originality).toBeLessThanOrEqual(5);
    expect(common!.originality).toBeGreaterThanOrEqual(1);
  });

  it('pools the responses given together: a use repeated in the batch becomes common', () => {
    const alone = scoreOriginality([prepared('a tiny greenhouse for seedlings', axis(3))], norms)[0]!;
    const repeated = scoreOriginality(
      Array.from({ length: 20 }, () => prepared('a tiny greenhouse for seedlings', axis(3))),
      norms,
    )[0]!;
    expect(repeated.features.wordRarity).toBeLessThan(alone.features.wordRarity);
    expect(repeated.originality).toBeLessThan(alone.originality);
  });

  it('falls back to the overall mean and the batch alone for an object it has no norm for', () => {
    const [score] = scoreOriginality(
      [{ ...prepared('a hat for a snowman', axis(2)), objectKey: 'kettle' }],
      norms,
    );
    expect(score!.normed).toBe(false);
    expect(score!.features.wordRarity).toBe(norms.featureMeans.wordRarity);
  });
});

describe('contentWords', () => {
  it('drops function words and the object, and joins plurals', () => {
    expect(contentWords('Use the bricks as doorstops for the doors', 'Bricks')).toEqual(['door', 'doorstop']);
    expect(objectKey('a Paperclip')).toBe('paperclip');
  });
});
