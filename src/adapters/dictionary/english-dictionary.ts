import pluralize from 'pluralize';
import { StoreError } from '../../domain/errors/index.js';
import { readRegularFileSync } from '../files/bounded-read.js';
import { storeFileError } from '../files/file-errors.js';
import { DICTIONARY_MAGIC } from './build-dictionary.js';

const NEWLINE = 0x0a;
const TAB = 0x09;
/** Longer than any word in the lists; a longer query cannot be there. */
const MAX_WORD_BYTES = 128;
const encoder = new TextEncoder();

/**
 * The English dictionary of the DAT: which words exist, and which are nouns. The file (see
 * build-dictionary.ts) is read as bytes and searched in place, so opening it parses nothing: a
 * `Set` of its 360,000 words would cost a second on a busy machine; a lookup here costs about 1 µs.
 */
export class EnglishDictionary {
  /** Number of words. */
  readonly size: number;
  readonly #bytes: Uint8Array;
  readonly #start: number;
  readonly #query = new Uint8Array(MAX_WORD_BYTES);

  private constructor(bytes: Uint8Array, start: number, size: number) {
    this.#bytes = bytes;
    this.#start = start;
    this.size = size;
  }

  /** Reads a file written by buildDictionary. Throws StoreError when it is missing or malformed. */
  static open(path: string): EnglishDictionary {
    let bytes: Buffer | undefined;
    try {
      bytes = readRegularFileSync(path, 256 * 1024 * 1024);
    } catch (error) {
      throw storeFileError(error, 'read', `the dictionary at ${path}`);
    }
    if (!bytes) throw storeFileError('ENOENT', 'read', `the dictionary at ${path}`);
    const end = bytes.indexOf(NEWLINE);
    const header = bytes.toString('latin1', 0, Math.max(0, end)).split(' ');
    const size = Number(header[3]);
    if (header[0] !== DICTIONARY_MAGIC || !Number.isInteger(size) || bytes.at(-1) !== NEWLINE) {
      throw new StoreError(`The dictionary at ${path} is unusable (truncated or not a dictionary file)`);
    }
    return new EnglishDictionary(bytes, end + 1, size);
  }

  /** A dictionary of the given words (nouns by default), built in memory: for tests. */
  static of(words: Iterable<string>, nouns: Iterable<string> = words): EnglishDictionary {
    const nounSet = new Set(nouns);
    const all = [...new Set([...words, ...nounSet])].sort();
    const lines = all.map((word) => (nounSet.has(word) ? `${word}\tn` : word));
    const text = `${DICTIONARY_MAGIC} 0 memory ${all.length}\n${lines.map((line) => `${line}\n`).join('')}`;
    const bytes = Buffer.from(text, 'latin1');
    return new EnglishDictionary(bytes, bytes.indexOf(NEWLINE) + 1, all.length);
  }

  /** Whether `word` is listed. Exact: the words are lower case. */
  has(word: string): boolean {
    return this.#find(word) !== undefined;
  }

  /** Whether WordNet knows `word`, or its singular ("feet" → foot), as a noun. */
  isNoun(word: string): boolean {
    return this.#find(word) === true || this.#find(pluralize.singular(word)) === true;
  }

  /** Binary search over the sorted lines: undefined when absent, else whether the word is a noun. */
  #find(word: string): boolean | undefined {
    const query = this.#query;
    const { read, written } = encoder.encodeInto(word, query);
    if (read < word.length || written === 0) return undefined;
    const bytes = this.#bytes;
    let low = this.#start;
    let high = bytes.length;
    while (low < high) {
      let line = (low + high) >>> 1;
      while (line > low && bytes[line - 1] !== NEWLINE) line--;
      let end = line;
      while (bytes[end] !== NEWLINE && bytes[end] !== TAB) end++;
      const order = compare(query, written, bytes, line, end);
      if (order === 0) return bytes[end] === TAB;
      if (order < 0) high = line;
      else low = bytes.indexOf(NEWLINE, end) + 1;
    }
    return undefined;
  }
}

/** Byte order of `query[0, length)` against `bytes[start, end)`. */
function compare(query: Uint8Array, length: number, bytes: Uint8Array, start: number, end: number): number {
  const common = Math.min(length, end - start);
  for (let i = 0; i < common; i++) {
    const difference = query[i]! - bytes[start + i]!;
    if (difference !== 0) return difference;
  }
  return length - (end - start);
}
