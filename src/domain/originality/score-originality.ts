import { cosine } from '../vector.js';
import { ObjectPool, type PreparedResponse } from './originality-features.js';
import {
  ORIGINALITY_FEATURES,
  ORIGINALITY_SCALE,
  type OriginalityFeatureValues,
  type OriginalityNorms,
} from './originality-norms.js';

/** One scored response. */
export interface OriginalityScore {
  /** Predicted mean human rating on {@link ORIGINALITY_SCALE} (1 common … 5 highly original). */
  originality: number;
  features: OriginalityFeatureValues;
  /** Whether the norms know the object (otherwise only the batch itself is the pool). */
  normed: boolean;
  /** Which of the object's kinds of use it is nearest (an index into its norm's kinds), when normed. */
  kind: number | undefined;
}

/**
 * The features of every response, each judged against its object's norm plus the other responses to
 * the same object in `responses` (a researcher's file, a person's session), itself left out.
 */
export function originalityFeatures(
  responses: readonly PreparedResponse[],
  norms: OriginalityNorms,
): OriginalityFeatureValues[] {
  const pools = new Map<string, ObjectPool>();
  const byObject = new Map<string, PreparedResponse[]>();
  for (const response of responses) {
    const batch = byObject.get(response.objectKey);
    if (batch) batch.push(response);
    else byObject.set(response.objectKey, [response]);
  }
  for (const [key, batch] of byObject) pools.set(key, new ObjectPool(norms.objects.get(key), batch));
  return responses.map((response) => {
    const found = pools.get(response.objectKey)?.features(response) ?? {};
    const values = { ...norms.featureMeans };
    for (const feature of ORIGINALITY_FEATURES) {
      const value = found[feature];
      if (value !== undefined && Number.isFinite(value)) values[feature] = value;
    }
    return values;
  });
}

/** Scores on the 1–5 scale: the norms' fitted combination of the features and the object's mean. */
export function scoreOriginality(
  responses: readonly PreparedResponse[],
  norms: OriginalityNorms,
): OriginalityScore[] {
  return originalityFeatures(responses, norms).map((features, i) => {
    const response = responses[i]!;
    const norm = norms.objects.get(response.objectKey);
    return {
      originality: combineOriginality(features, norm?.meanRating ?? norms.meanRating, norms),
      features,
      normed: norm !== undefined,
      kind: norm ? nearestKind(response.vector, norm.kinds.vectors) : undefined,
    };
  });
}

/** The index of the centroid nearest `vector`; undefined when there are none. */
function nearestKind(vector: Float32Array, kinds: readonly Float32Array[]): number | undefined {
  let best: number | undefined;
  let bestSimilarity = Number.NEGATIVE_INFINITY;
  kinds.forEach((kind, i) => {
    const similarity = cosine(vector, kind);
    if (similarity > bestSimilarity) {
      bestSimilarity = similarity;
      best = i;
    }
  });
  return best;
}

/** The fitted linear combination, kept on the scale. */
export function combineOriginality(
  features: OriginalityFeatureValues,
  objectMean: number,
  norms: Pick<OriginalityNorms, 'weights'>,
): number {
  let value = norms.weights.intercept + norms.weights.objectMean * objectMean;
  for (const feature of ORIGINALITY_FEATURES) value += norms.weights.features[feature] * features[feature];
  return Math.min(ORIGINALITY_SCALE.max, Math.max(ORIGINALITY_SCALE.min, value));
}
