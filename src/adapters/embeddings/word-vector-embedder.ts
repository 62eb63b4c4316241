import type { Embedder } from '../../domain/ports/embedder.js';
import { normalise } from '../../domain/vector.js';
import type { WordVectors } from './word-vectors.js';

/** Options for {@link WordVectorEmbedder}. */
export interface WordVectorEmbedderOptions {
  /**
   * SIF smoothing `a` in the word weight a / (a + p(w)). Smaller values mute common words more.
   * Default 1e-3 (Arora et al. 2017 found 1e-3 to 1e-4 best).
   */
  smoothing?: number;
}

const EULER_GAMMA = 0.5772156649;
const HYPHENS = /^\p{Pd}+$/u;

/**
 * Sentence vectors from word vectors: the SIF-weighted average of the known words, unit length. The
 * vocabulary has no counts, only frequency ranks, so p(w) comes from Zipf's law: p = 1 / (rank × H_N).
 */
export class WordVectorEmbedder implements Embedder {
  readonly model = 'words:wink-100d';
  readonly #vectors: WordVectors;
  readonly #smoothing: number;
  /** H_N, the harmonic number of the vocabulary size: Zipf's p(rank) = 1 / (rank × H_N). */
  readonly #harmonic: number;

  constructor(vectors: WordVectors, options: WordVectorEmbedderOptions = {}) {
    this.#vectors = vectors;
    this.#smoothing = options.smoothing ?? 1e-3;
    this.#harmonic = Math.log(vectors.size) + EULER_GAMMA;
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
    const sum = new Float32Array(this.#vectors.dims);
    for (const index of this.wordIndices(text)) this.#vectors.addTo(sum, index, this.weight(index));
    return normalise(sum);
  }

  /**
   * The vocabulary indices of the words in `text`. Normalises (NFKC, lower case), splits on anything
   * that is not a letter or digit, and for a word the vocabulary lacks tries its singular and its
   * compound with the next word ("e mail" → "e-mail", "data base" → "database"). Unknown words are
   * skipped. Hyphenated words the vocabulary knows ("cross-country") stay whole.
   */
  wordIndices(text: string): number[] {
    const parts = text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’]s\b/gu, '')
      .split(/([^\p{L}\p{N}]+)/u);
    // parts alternates word, separator, word, …; a hyphen-only separator may join two words.
    const words: string[] = [];
    const hyphenated: boolean[] = [];
    for (let i = 0; i < parts.length; i += 2) {
      if (parts[i] === '') continue;
      words.push(parts[i]!);
      hyphenated.push(HYPHENS.test(parts[i + 1] ?? ''));
    }
    const indices: number[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const next = words[i + 1];
      const joined = next === undefined ? -1 : this.#lookup(`${word}-${next}`);
      if (hyphenated[i] && joined >= 0) {
        indices.push(joined);
        i++;
        continue;
      }
      const alone = this.#lookup(word);
      if (alone >= 0) {
        indices.push(alone);
        continue;
      }
      const compound = joined >= 0 ? joined : next === undefined ? -1 : this.#lookup(word + next);
      if (compound >= 0) {
        indices.push(compound);
        i++;
      }
    }
    return indices;
  }

  /** The word's index, else its singular's (-ies → -y, -es, -s), else −1. */
  #lookup(word: string): number {
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
