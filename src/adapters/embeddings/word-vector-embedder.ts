import { ngramBuckets } from '../../../scripts/vector-postprocess.js';
import type { Embedder } from '../../domain/ports/embedder.js';
import { normalise } from '../../domain/vector.js';
import { rawWords, wordPieces } from './word-tokens.js';
import type { WordVectors } from './word-vectors.js';

/** Options for {@link WordVectorEmbedder}. */
export interface WordVectorEmbedderOptions {
  /**
   * SIF smoothing `a` in the word weight a / (a + p(w)). Smaller values mute common words more.
   * Default 3e-4, best on STS-B train and dev with the common directions removed (1e-3 before).
   */
  smoothing?: number;
}

const EULER_GAMMA = 0.5772156649;
/** How many of the commonest words give the typical length of a centred word vector. */
const LENGTH_SAMPLE = 2000;
/** Shorter unknown words ("a" is not in the vocabulary, nor are stray letters) are skipped, not guessed. */
const MIN_GUESSED_LENGTH = 4;

/** A word of the text: its vocabulary index, or (for a word the vocabulary lacks) its n-gram buckets. */
type Token = { index: number } | { word: string; buckets: number[] };

/**
 * Sentence vectors from word vectors by the SIF method (Arora et al. 2017): the weighted average of the
 * words, weight a / (a + p(w)), with the common component removed. The vocabulary has no counts, only
 * frequency ranks, so p(w) comes from Zipf's law: p = 1 / (rank × H_N). The common component is the
 * file's mean and top principal directions (all-but-the-top, computed at build time); removing them is
 * linear, so it is done once on the sentence sum. A word the vocabulary lacks is read as the mean of
 * its character n-gram vectors, weighted as the rarest word.
 */
export class WordVectorEmbedder implements Embedder {
  readonly model = 'words:wink-100d-sif';
  readonly #vectors: WordVectors;
  readonly #smoothing: number;
  /** H_N, the harmonic number of the vocabulary size: Zipf's p(rank) = 1 / (rank × H_N). */
  readonly #harmonic: number;
  /** Typical length of a word vector less the mean: the length an n-gram vector is given. */
  readonly #typicalLength: number;

  constructor(vectors: WordVectors, options: WordVectorEmbedderOptions = {}) {
    this.#vectors = vectors;
    this.#smoothing = options.smoothing ?? 3e-4;
    this.#harmonic = Math.log(vectors.size) + EULER_GAMMA;
    const sample = Math.min(LENGTH_SAMPLE, vectors.size);
    const row = new Float32Array(vectors.dims);
    let total = 0;
    for (let index = 0; index < sample; index++)
      total += centredLength(vectors.vectorAt(index, row), vectors.mean);
    this.#typicalLength = sample ? total / sample : 1;
  }

  /** The SIF weight of the word at `index` (rank − 1). */
  weight(index: number): number {
    return this.#smoothing / (this.#smoothing + 1 / ((index + 1) * this.#harmonic));
  }

  /** One unit vector per text; all zero for a text with no known word. */
  async embed(texts: readonly string[], options: { signal?: AbortSignal } = {}): Promise<Float32Array[]> {
    options.signal?.throwIfAborted();
    return texts.map((text) => this.embedText(text));
  }

  /** {@link embed} for one text, synchronously. */
  embedText(text: string): Float32Array {
    const vectors = this.#vectors;
    const sum = new Float32Array(vectors.dims);
    let weights = 0;
    for (const token of this.tokens(text)) {
      if ('index' in token) {
        const weight = this.weight(token.index);
        vectors.addTo(sum, token.index, weight);
        weights += weight;
      } else if (this.#addUnknown(sum, token.buckets)) {
        weights += this.weight(vectors.size - 1);
      }
    }
    if (weights === 0) return sum;
    const mean = vectors.mean;
    for (let d = 0; d < sum.length; d++) sum[d]! -= weights * mean[d]!;
    for (const direction of vectors.components) {
      let projection = 0;
      for (let d = 0; d < sum.length; d++) projection += sum[d]! * direction[d]!;
      for (let d = 0; d < sum.length; d++) sum[d]! -= projection * direction[d]!;
    }
    return normalise(sum);
  }

  /** The vocabulary indices of the words in `text` that the vocabulary knows (see {@link tokens}). */
  wordIndices(text: string): number[] {
    return this.tokens(text).flatMap((token) => ('index' in token ? [token.index] : []));
  }

  /**
   * The words of `text`. Normalises (NFKC, lower case), splits on anything that is not a letter or
   * digit, and for a word the vocabulary lacks tries its singular, its compound with the next word
   * ("e mail" → "e-mail", "data base" → "database") and its camel-case or letter–digit pieces
   * ("MusicXML", "music21"); what is still unknown is kept for its n-grams. Hyphenated words the
   * vocabulary knows ("cross-country") stay whole.
   */
  tokens(text: string): Token[] {
    const words = rawWords(text);
    const tokens: Token[] = [];
    for (let i = 0; i < words.length; i++) {
      const { word, written, hyphenated } = words[i]!;
      const next = words[i + 1]?.word;
      const joined = next === undefined ? -1 : this.#lookup(`${word}-${next}`);
      if (hyphenated && joined >= 0) {
        tokens.push({ index: joined });
        i++;
        continue;
      }
      const alone = this.#lookup(word);
      if (alone >= 0) {
        tokens.push({ index: alone });
        continue;
      }
      const compound = joined >= 0 ? joined : next === undefined ? -1 : this.#lookup(word + next);
      if (compound >= 0) {
        tokens.push({ index: compound });
        i++;
        continue;
      }
      const pieces = wordPieces(written);
      const split = pieces.length === 1 && pieces[0] === word ? this.#splitCompound(word) : undefined;
      for (const piece of split ?? (pieces.length === 1 && pieces[0] === word ? [word] : pieces)) {
        const index = this.#lookup(piece);
        if (index >= 0) tokens.push({ index });
        else if (piece.length >= MIN_GUESSED_LENGTH && /\p{L}/u.test(piece)) {
          tokens.push({ word: piece, buckets: ngramBuckets(piece, this.#vectors.buckets) });
        }
      }
    }
    return tokens;
  }

  /**
   * Two known words that make up `word` ("immunoblotting" → immuno, blotting), the split with the
   * longer shorter part; undefined when there is none with both parts of at least four letters.
   */
  #splitCompound(word: string): string[] | undefined {
    let best: string[] | undefined;
    for (let at = MIN_GUESSED_LENGTH; at <= word.length - MIN_GUESSED_LENGTH; at++) {
      const [head, tail] = [word.slice(0, at), word.slice(at)];
      if (best && Math.min(head.length, tail.length) <= Math.min(best[0]!.length, best[1]!.length)) continue;
      if (this.#lookup(head) >= 0 && this.#lookup(tail) >= 0) best = [head, tail];
    }
    return best;
  }

  /** Adds the n-gram vector of an unknown word (mean + centred part at typical length, × its weight). */
  #addUnknown(sum: Float32Array, buckets: readonly number[]): boolean {
    const vectors = this.#vectors;
    const guess = new Float32Array(vectors.dims);
    let found = 0;
    for (const bucket of buckets) if (vectors.addBucketTo(guess, bucket, 1)) found++;
    if (found === 0) return false;
    const mean = vectors.mean;
    for (let d = 0; d < guess.length; d++) guess[d] = guess[d]! / found - mean[d]!;
    const length = Math.hypot(...guess);
    if (length === 0) return false;
    const weight = this.weight(vectors.size - 1);
    const scale = (weight * this.#typicalLength) / length;
    for (let d = 0; d < sum.length; d++) sum[d]! += weight * mean[d]! + scale * guess[d]!;
    return true;
  }

  /** The word's index, else its singular's (-ies → -y, -es, -s), else its unaccented form's, else −1. */
  #lookup(word: string): number {
    const found = this.#lookupForm(word);
    if (found >= 0 || /^[\x20-\x7e]*$/.test(word)) return found;
    const plain = word.normalize('NFD').replace(/\p{M}+/gu, '');
    return plain === word ? -1 : this.#lookupForm(plain);
  }

  #lookupForm(word: string): number {
    const index = this.#vectors.indexOf(word);
    if (index >= 0 || word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return index;
    const candidates = word.endsWith('ies') ? [`${word.slice(0, -3)}y`] : [];
    if (word.endsWith('es')) candidates.push(word.slice(0, -2));
    candidates.push(word.slice(0, -1));
    for (const candidate of candidates) {
      const found = this.#vectors.indexOf(candidate);
      if (found >= 0) return found;
    }
    return -1;
  }
}

function centredLength(vector: Float32Array, mean: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < vector.length; d++) sum += (vector[d]! - mean[d]!) ** 2;
  return Math.sqrt(sum);
}
