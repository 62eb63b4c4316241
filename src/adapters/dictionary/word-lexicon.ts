import type { DatLexicon } from '../../domain/dat.js';
import type { WordVectors } from '../embeddings/word-vectors.js';
import type { EnglishDictionary } from './english-dictionary.js';

/** The DAT's lexicon: this dictionary for words and nouns, these word vectors for distances. */
export function wordLexicon(dictionary: EnglishDictionary, vectors: WordVectors): DatLexicon {
  return {
    inDictionary: (word) => dictionary.has(word),
    vector: (word) => vectors.vector(word),
    isNoun: (word) => dictionary.isNoun(word),
  };
}
