import { cosine } from '../vector.js';
import { contentPairs } from './content-words.js';
import type { MeaningClusters, ObjectNorm, OriginalityFeatureValues } from './originality-norms.js';

/** A response ready to be scored: its content words, its length and its vectors. */
export interface PreparedResponse {
  objectKey: string;
  /** Distinct stemmed content words, sorted. */
  words: readonly string[];
  /** All words, stop words included. */
  wordCount: number;
  vector: Float32Array;
  objectVector: Float32Array;
}

/** How many nearest neighbours in meaning the neighbour distance averages over. */
const NEIGHBOURS = 10;

/**
 * The responses one object is judged against: its norm plus every response to it in the same batch
 * (a file, a session). Each response is then measured with itself left out.
 */
export class ObjectPool {
  readonly #responses: number;
  readonly #words = new Map<string, number>();
  readonly #pairs = new Map<string, number>();
  readonly #clusters: MeaningClusters;
  readonly #batch: readonly PreparedResponse[];

  constructor(norm: ObjectNorm | undefined, batch: readonly PreparedResponse[]) {
    this.#responses = (norm?.responses ?? 0) + batch.length;
    for (const [word, count] of norm?.words ?? []) this.#words.set(word, count);
    for (const [pair, count] of norm?.pairs ?? []) this.#pairs.set(pair, count);
    for (const response of batch) {
      for (const word of response.words) this.#words.set(word, (this.#words.get(word) ?? 0) + 1);
      for (const pair of contentPairs(response.words))
        this.#pairs.set(pair, (this.#pairs.get(pair) ?? 0) + 1);
    }
    this.#clusters = norm?.clusters ?? { vectors: [], counts: [] };
    this.#batch = batch;
  }

  /**
   * The features of `response`, which must be in the batch. Undefined where the pool holds nothing
   * but the response itself (the caller substitutes the norm's mean).
   */
  features(response: PreparedResponse): Partial<OriginalityFeatureValues> {
    const others = this.#responses - 1;
    const rarity = (count: number) => -Math.log((count - 1 + 0.5) / (others + 1));
    const wordRarities = response.words
      .map((word) => rarity(this.#words.get(word) ?? 1))
      .sort((a, b) => b - a);
    const pairRarities = contentPairs(response.words).map((pair) => rarity(this.#pairs.get(pair) ?? 1));
    const values: Partial<OriginalityFeatureValues> = {
      length: Math.log1p(response.wordCount),
      objectDistance: 1 - cosine(response.vector, response.objectVector),
    };
    if (others > 0) {
      values.wordRarity = wordRarities.length === 0 ? 0 : mean(wordRarities.slice(0, 2));
      values.pairRarity = pairRarities.length === 0 ? 0 : Math.max(...pairRarities);
      values.wordRarityMean = wordRarities.length === 0 ? 0 : mean(wordRarities);
      values.wordRarityMax = wordRarities[0] ?? 0;
      values.wordRaritySum = wordRarities.reduce((sum, value) => sum + value, 0);
    }
    const neighbour = this.#neighbourSimilarity(response);
    if (neighbour !== undefined) values.neighbourDistance = 1 - neighbour;
    return values;
  }

  /** Mean cosine to the nearest {@link NEIGHBOURS} others (a cluster counts as its members). */
  #neighbourSimilarity(response: PreparedResponse): number | undefined {
    const near: { similarity: number; count: number }[] = [];
    this.#clusters.vectors.forEach((vector, i) => {
      near.push({ similarity: cosine(response.vector, vector), count: this.#clusters.counts[i] ?? 0 });
    });
    for (const other of this.#batch) {
      if (other !== response) near.push({ similarity: cosine(response.vector, other.vector), count: 1 });
    }
    near.sort((a, b) => b.similarity - a.similarity);
    let taken = 0;
    let sum = 0;
    for (const { similarity, count } of near) {
      const take = Math.min(count, NEIGHBOURS - taken);
      sum += take * similarity;
      taken += take;
      if (taken >= NEIGHBOURS) break;
    }
    return taken === 0 ? undefined : sum / taken;
  }
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
