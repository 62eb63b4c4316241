// Build-time post-processing of the word vectors (see build-vectors.js), in plain JavaScript because it
// runs as `postinstall`:
// - all-but-the-top (Mu & Viswanath 2018): the mean and the top principal directions of the commonest
//   words. Word vectors share a large common component that makes every sentence look like every other;
//   the sentence embedder removes it (the removal is linear, so it is applied to sentence sums and the
//   stored word vectors stay as they are, for the DAT, whose norms were made with raw vectors);
// - character n-gram vectors: each bucket of hashed 3- to 5-grams of `<word>` holds the mean vector of
//   the known words that contain it, so a word the vocabulary lacks ("immunoblotting", "qPCR") gets the
//   mean of its n-grams' vectors instead of nothing (the fastText idea, learned from the vocabulary).

/** How many of the commonest words the mean and directions are taken from. */
export const COMMON_WORDS = 50_000;
/** How many principal directions are removed (chosen on STS-B train and dev; 3 to 10 score alike). */
export const COMPONENTS = 5;
/** Hashed n-gram buckets: 2^17, about 13 MB as int8, few collisions among the n-grams of 100,000 words. */
export const NGRAM_BUCKETS = 1 << 17;
/** How many of the commonest words the n-gram vectors are learned from (rarer ones are mostly noise). */
export const NGRAM_WORDS = 100_000;
const NGRAM_SIZES = [3, 4, 5];
const encoder = new TextEncoder();

/** The buckets of the character 3- to 5-grams of `<word>` (UTF-8 bytes, FNV-1a), repeats included. */
export function ngramBuckets(word, bucketCount) {
  const bytes = encoder.encode(`<${word}>`);
  const buckets = [];
  for (const size of NGRAM_SIZES) {
    for (let start = 0; start + size <= bytes.length; start++) {
      let hash = 0x811c9dc5 ^ size;
      for (let i = start; i < start + size; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
      buckets.push((hash >>> 0) % bucketCount);
    }
  }
  return buckets;
}

/** Mean and top `k` principal directions (unit, Float32) of the first `n` dequantised vectors. */
export function commonDirections(vectors, scales, dims, n, k) {
  const mean = new Float64Array(dims);
  const row = new Float64Array(dims);
  for (let i = 0; i < n; i++)
    for (let d = 0; d < dims; d++) mean[d] += (vectors[i * dims + d] * scales[i]) / n;
  const covariance = new Float64Array(dims * dims);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < dims; d++) row[d] = vectors[i * dims + d] * scales[i] - mean[d];
    for (let a = 0; a < dims; a++) {
      const value = row[a];
      if (value === 0) continue;
      const base = a * dims;
      for (let b = a; b < dims; b++) covariance[base + b] += value * row[b];
    }
  }
  for (let a = 0; a < dims; a++)
    for (let b = 0; b < a; b++) covariance[a * dims + b] = covariance[b * dims + a];
  const components = [];
  let total = 0;
  for (let a = 0; a < dims; a++) total += covariance[a * dims + a];
  for (let c = 0; c < Math.min(k, dims - 1) && total > 0; c++) {
    const direction = powerIteration(covariance, dims, components);
    if (direction === undefined) break;
    components.push(direction);
  }
  return { mean: Float32Array.from(mean), components: components.map((c) => Float32Array.from(c)) };
}

/** The dominant eigenvector of `matrix` orthogonal to `found`, or undefined when nothing is left. */
function powerIteration(matrix, dims, found) {
  let x = Float64Array.from({ length: dims }, (_, d) => 1 + ((d * 7919) % 13) / 13);
  let value = 0;
  for (let step = 0; step < 300; step++) {
    for (const q of found) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += x[d] * q[d];
      for (let d = 0; d < dims; d++) x[d] -= dot * q[d];
    }
    const y = new Float64Array(dims);
    for (let a = 0; a < dims; a++) {
      let sum = 0;
      for (let b = 0; b < dims; b++) sum += matrix[a * dims + b] * x[b];
      y[a] = sum;
    }
    const length = Math.hypot(...y);
    if (!(length > 1e-12)) return undefined;
    const next = y.map((v) => v / length);
    const change = Math.abs(length - value);
    x = next;
    value = length;
    if (step > 20 && change < 1e-9 * length) break;
  }
  for (const q of found) {
    let dot = 0;
    for (let d = 0; d < dims; d++) dot += x[d] * q[d];
    for (let d = 0; d < dims; d++) x[d] -= dot * q[d];
  }
  const length = Math.hypot(...x);
  return length > 1e-9 ? x.map((v) => v / length) : undefined;
}

/**
 * The n-gram bucket vectors, quantised like the word vectors: each bucket is the mean of the vectors of
 * the first `n` words with an n-gram in it. Buckets no word reached stay zero (scale 0).
 */
export function ngramVectors(vectors, scales, dims, words, offsets, n, bucketCount) {
  const sums = new Float32Array(bucketCount * dims);
  const counts = new Uint32Array(bucketCount);
  const decoder = new TextDecoder();
  for (let i = 0; i < n; i++) {
    const word = decoder.decode(words.subarray(offsets[i], offsets[i + 1]));
    // Words with no letter (numbers, punctuation) teach nothing about the look of field words.
    if (!/\p{L}/u.test(word)) continue;
    for (const bucket of ngramBuckets(word, bucketCount)) {
      counts[bucket]++;
      const base = bucket * dims;
      for (let d = 0; d < dims; d++) sums[base + d] += vectors[i * dims + d] * scales[i];
    }
  }
  const quantised = new Int8Array(bucketCount * dims);
  const bucketScales = new Float32Array(bucketCount);
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    if (counts[bucket] === 0) continue;
    const base = bucket * dims;
    let largest = 0;
    for (let d = 0; d < dims; d++) largest = Math.max(largest, Math.abs(sums[base + d] / counts[bucket]));
    const scale = Math.fround(largest / 127);
    bucketScales[bucket] = scale;
    if (scale === 0) continue;
    for (let d = 0; d < dims; d++) {
      const value = sums[base + d] / counts[bucket];
      quantised[base + d] = Math.max(-127, Math.min(127, Math.round(value / scale)));
    }
  }
  return { vectors: quantised, scales: bucketScales };
}
