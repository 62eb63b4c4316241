/**
 * Builds norms/originality-aut.json from the Ocsai AUT training split (public, MIT; not shipped):
 *
 *   npx tsx scripts/build-originality-norms.ts [data-folder]
 *
 * 1. Fits the weights the way the scorer is used: the training split is cut in two; each half is scored
 *    as one batch against norms built from the other half; least squares of the human rating on the
 *    features (ORIGINALITY_FEATURES) and the object's mean rating.
 * 2. Builds the shipped norms from the whole training split: counts and centroids only, no responses.
 * The validation split is never read here.
 */
import { writeFileSync } from 'node:fs';
import { WordVectorEmbedder, WordVectors } from '../src/adapters/embeddings/index.js';
import { locateAutData, readOcsaiSplit } from '../src/adapters/norms/ocsai-data.js';
import { encodeNorms, ORIGINALITY_NORMS_FILE } from '../src/adapters/norms/originality-norms-file.js';
import { buildObjectNorms, leastSquares, type RatedResponse } from '../src/domain/originality/build-norms.js';
import { pearson, withinGroupPearson } from '../src/domain/originality/correlation.js';
import {
  ORIGINALITY_FEATURES,
  type OriginalityFeatureValues,
  type OriginalityNorms,
} from '../src/domain/originality/originality-norms.js';
import { combineOriginality, originalityFeatures } from '../src/domain/originality/score-originality.js';
import { prepareResponses } from '../src/usecases/originality/prepare-responses.js';

const folder = process.argv[2] ?? locateAutData();
if (!folder) throw new Error('no AUT data folder: pass one, or set CHOPS_AUT_DATA');
const embedder = new WordVectorEmbedder(
  WordVectors.open(new URL('../vectors/wink-100d.bin', import.meta.url).pathname),
);
const train = readOcsaiSplit(folder, 'train');
const prepared = await prepareResponses(train, embedder);
const rated: RatedResponse[] = prepared.map((response, i) => ({ response, rating: train[i]!.rating }));

const zeroFeatures = Object.fromEntries(ORIGINALITY_FEATURES.map((f) => [f, 0])) as OriginalityFeatureValues;
const normsOf = (part: readonly RatedResponse[], featureMeans = zeroFeatures): OriginalityNorms => ({
  embedderModel: embedder.model,
  meanRating: part.reduce((sum, item) => sum + item.rating, 0) / part.length,
  weights: { intercept: 0, objectMean: 0, features: zeroFeatures },
  featureMeans,
  objects: buildObjectNorms(part),
});

// Halves by position within each object, so both halves hold every object.
const seen = new Map<string, number>();
const half = rated.map((item) => {
  const n = seen.get(item.response.objectKey) ?? 0;
  seen.set(item.response.objectKey, n + 1);
  return n % 2;
});
const rows: number[][] = [];
const targets: number[] = [];
const groups: string[] = [];
const featureRows: OriginalityFeatureValues[] = [];
for (const side of [0, 1]) {
  const normed = normsOf(rated.filter((_, i) => half[i] !== side));
  const batch = rated.filter((_, i) => half[i] === side);
  const features = originalityFeatures(
    batch.map((item) => item.response),
    normed,
  );
  features.forEach((values, i) => {
    const item = batch[i]!;
    const objectMean = normed.objects.get(item.response.objectKey)?.meanRating ?? normed.meanRating;
    rows.push([1, objectMean, ...ORIGINALITY_FEATURES.map((f) => values[f])]);
    targets.push(item.rating);
    groups.push(item.response.objectKey);
    featureRows.push(values);
  });
}
const [intercept, objectMean, ...rest] = leastSquares(rows, targets);
const weights = {
  intercept: intercept!,
  objectMean: objectMean!,
  features: Object.fromEntries(ORIGINALITY_FEATURES.map((f, i) => [f, rest[i]!])) as OriginalityFeatureValues,
};
const featureMeans = Object.fromEntries(
  ORIGINALITY_FEATURES.map((f) => [
    f,
    featureRows.reduce((sum, row) => sum + row[f], 0) / featureRows.length,
  ]),
) as OriginalityFeatureValues;
const predicted = rows.map((row, i) => combineOriginality(featureRows[i]!, row[1]!, { weights }));
const fit = {
  trainResponses: train.length,
  trainPooledR: round(pearson(predicted, targets)),
  trainWithinPromptR: round(withinGroupPearson(predicted, targets, groups)),
};
const probeText = 'use a brick as a doorstop or grind it into red pigment for a mural';
const [probeVector] = await embedder.embed([probeText]);
const norms = { ...normsOf(rated, featureMeans), weights, probe: { text: probeText, vector: probeVector! } };
writeFileSync(
  ORIGINALITY_NORMS_FILE,
  `${JSON.stringify(encodeNorms(norms, 'Ocsai AUT main2 train split (Organisciak et al. 2023, MIT): counts and centroids only', fit))}\n`,
);
console.log(JSON.stringify({ weights, featureMeans, fit }, null, 2));

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
