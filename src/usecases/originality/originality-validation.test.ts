import { describe, expect, it } from 'vitest';
import { locateAutData, readOcsaiSplit } from '../../adapters/norms/ocsai-data.js';
import { objectKey, responseWords } from '../../domain/originality/content-words.js';
import {
  centreByGroup,
  partialPearson,
  pearson,
  withinGroupPearson,
} from '../../domain/originality/correlation.js';
import { sameVectors, scoreResponses } from './score-responses.js';
import { realOriginalityDeps } from './test-support/real-originality.js';

/**
 * The goal of issue 18, on the Ocsai validation split (never used to build the norms or fit the
 * weights): the whole split scored as one file, as `chops aut --file` would, against the human ratings.
 * Needs ../shared/data/aut beside the repository (or CHOPS_AUT_DATA); it fails, not skips, without it.
 */
describe('originality on held-out human ratings', () => {
  it('reaches pooled r ≥ 0.50 and within-prompt r ≥ 0.40, and is not a length score', async () => {
    const folder = locateAutData();
    expect(folder, 'the Ocsai AUT data (../shared/data/aut or CHOPS_AUT_DATA)').toBeDefined();
    const val = readOcsaiSplit(folder!, 'val');
    const deps = realOriginalityDeps();
    // After the word vectors change, the shipped norms must be rebuilt before this figure means anything.
    expect(
      await sameVectors(deps),
      'norms built with other vectors: run npx tsx scripts/build-originality-norms.ts',
    ).toBe(true);
    const scores = await scoreResponses(val, deps);
    const predicted = scores.map((score) => score.originality);
    const human = val.map((item) => item.rating);
    const objects = val.map((item) => objectKey(item.object));
    const length = val.map((item) => Math.log1p(responseWords(item.response).length));

    const pooled = pearson(predicted, human);
    const within = withinGroupPearson(predicted, human, objects);
    const beyondLength = partialPearson(predicted, human, length);
    const withinBeyondLength = partialPearson(
      centreByGroup(predicted, objects),
      centreByGroup(human, objects),
      centreByGroup(length, objects),
    );
    console.info(
      `originality on ${val.length} held-out responses: pooled r = ${pooled.toFixed(3)}, within prompt r = ${within.toFixed(3)}, ` +
        `length held constant: pooled r = ${beyondLength.toFixed(3)}, within prompt r = ${withinBeyondLength.toFixed(3)}`,
    );
    expect(pooled).toBeGreaterThanOrEqual(0.5);
    // The goal of issue 18. Features were chosen by cross-validation within train (folds grouped by
    // object); this split is only scored here.
    expect(within).toBeGreaterThanOrEqual(0.4);
    // Rarity carries signal of its own beyond the length that human ratings also reward (length alone:
    // r = .27 pooled): with length held constant the score still correlates well within each prompt.
    expect(beyondLength).toBeGreaterThanOrEqual(0.45);
    expect(withinBeyondLength).toBeGreaterThanOrEqual(0.3);
    expect(scores.every((score) => score.normed)).toBe(true);
  }, 60_000);
});
