import type { Embedder } from '../../src/domain/ports/embedder.js';
import { normalise } from '../../src/domain/vector.js';

/**
 * An embedder whose every pair of texts scores high, as many sentence-embedding models do (any two
 * English texts at 0.7–0.9): the word vectors plus a strong shared direction. Decisions taken with it
 * and with the word vectors alone must agree if thresholds really belong to the embedder.
 */
export function highBaselineEmbedder(inner: Embedder, weight = 1.6): Embedder {
  return {
    model: `test:high-baseline-${weight}`,
    async embed(texts, options) {
      const vectors = await inner.embed(texts, options);
      return vectors.map((vector) => {
        if (!vector.some((x) => x !== 0)) return vector;
        const shifted = Float32Array.from(vector);
        // A shared direction on every axis, so no single axis dominates.
        const share = weight / Math.sqrt(vector.length);
        for (let d = 0; d < shifted.length; d++) shifted[d]! += share * (d % 2 === 0 ? 1 : 0.5);
        return normalise(shifted);
      });
    },
  };
}
