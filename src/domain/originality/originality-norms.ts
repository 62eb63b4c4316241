/**
 * Norms for scoring originality: for each object, how often each content word (and each pair of them)
 * came up among other people's uses of it, where their uses cluster in meaning, and how original
 * people's uses of it were rated on average. Derived data only: counts and centroids, never responses.
 */

/**
 * The measures the score combines, each computed against the object's pool. The last three (the rarity
 * of all a response's words: mean, rarest, sum) were chosen by cross-validation on the training split,
 * folds grouped by object (within-prompt r .414 → .430); the validation split was not looked at.
 */
export const ORIGINALITY_FEATURES = [
  'wordRarity',
  'pairRarity',
  'length',
  'neighbourDistance',
  'objectDistance',
  'wordRarityMean',
  'wordRarityMax',
  'wordRaritySum',
] as const;

/** One of {@link ORIGINALITY_FEATURES}. */
export type OriginalityFeature = (typeof ORIGINALITY_FEATURES)[number];

/** One value per feature. */
export type OriginalityFeatureValues = Record<OriginalityFeature, number>;

/** The linear combination fitted against human ratings: rating ≈ intercept + prior × object mean + Σ w·x. */
export interface OriginalityWeights {
  intercept: number;
  objectMean: number;
  features: OriginalityFeatureValues;
}

/** Where other people's uses of one object fell in meaning: centroids (unit vectors) with counts. */
export interface MeaningClusters {
  vectors: Float32Array[];
  counts: number[];
}

/** What is known of one object's uses. */
export interface ObjectNorm {
  /** How many responses the counts come from. */
  responses: number;
  /** Mean human originality rating of those responses, on the 1–5 scale. */
  meanRating: number;
  /** Responses containing each stemmed content word. */
  words: ReadonlyMap<string, number>;
  /** Responses containing each pair of content words ("a b", a < b); pairs seen once are left out. */
  pairs: ReadonlyMap<string, number>;
  clusters: MeaningClusters;
  /** A dozen coarse clusters: the kinds of use, for flexibility (how many kinds a person's uses span). */
  kinds: MeaningClusters;
}

/** The whole norm set. */
export interface OriginalityNorms {
  /** The embedder whose vectors the clusters and weights were made with. */
  embedderModel: string;
  /**
   * A text and its vector under that embedder when the norms were built: an embedder of the same name
   * whose vectors have since changed (new word vectors, new weighting) is told apart by it.
   */
  probe?: { text: string; vector: Float32Array } | undefined;
  /** Mean rating over all objects: the prior for an object the norms do not know. */
  meanRating: number;
  weights: OriginalityWeights;
  /** Each feature's mean over the norming data: used where a response gives no value (no pool yet). */
  featureMeans: OriginalityFeatureValues;
  /** Keyed by {@link objectKey}. */
  objects: ReadonlyMap<string, ObjectNorm>;
}

/** The scale scores are on: the predicted mean human rating, 1 (common) to 5 (highly original). */
export const ORIGINALITY_SCALE = { min: 1, max: 5 } as const;
