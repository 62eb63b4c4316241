/*
 * The word-vector file (written by scripts/build-vectors.js), read with zero parsing: one readFileSync
 * and typed-array views over it. All numbers little-endian; every section starts 4-byte aligned.
 *
 *   offset  size               content
 *   0       8                  magic "CHOPSWV\0"
 *   8       4  u32             format version (2)
 *   12      4  u32             dims (100)
 *   16      4  u32             count: words, in the source's order, which is frequency order
 *   20      4  u32             tableSize: lookup slots, a power of two >= 2 × count
 *   24      4  u32             wordsBytes: length of the words blob
 *   28      4  u32             CRC-32 of everything after the header (checked on request)
 *   32      4  u32             components: common directions removed from sentences (5)
 *   36      4  u32             buckets: hashed character n-gram vectors (2^17)
 *   40      8                  reserved (0)
 *   48      4 × (count + 1)    offsets: word i is words[offsets[i], offsets[i + 1]) (u32)
 *   …       4 × tableSize      lookup table: FNV-1a(UTF-8 word) & (tableSize − 1), linear probing;
 *                              a slot holds word index + 1, 0 is empty (u32)
 *   …       4 × count          scales: per-word f32; value[d] = scale × int8[d]
 *   …       4 × dims           mean of the commonest words' vectors (f32)
 *   …       4 × comp. × dims   their top principal directions, unit length (f32)
 *   …       4 × buckets        scales of the n-gram vectors (f32)
 *   …       dims × count       vectors: int8, scale = max |value| / 127 (error ≤ scale / 2 per value)
 *   …       dims × buckets     n-gram vectors: int8, as the word vectors (scripts/vector-postprocess.js)
 *   …       wordsBytes         words blob: UTF-8, concatenated, no separators
 *
 * Int8 keeps the file at 55 MB for 341,479 words and 2^17 n-gram buckets; Float32 would be 190 MB.
 */

import { crc32 } from 'node:zlib';
import {
  expectedFileBytes,
  FORMAT_VERSION,
  HEADER_BYTES,
  hashBytes,
  MAGIC,
} from '../../../scripts/build-vectors.js';
import { StoreError } from '../../domain/errors/index.js';
import { readRegularFileSync } from '../files/bounded-read.js';
import { storeFileError } from '../files/file-errors.js';

/** Longest word, in UTF-8 bytes, that a lookup considers; the wink vocabulary's longest is 42. */
/** The shipped file is about 44 MB; a file many times that is no vectors file of ours. */
const maxVectorsFileBytes = 1024 * 1024 * 1024;
const MAX_WORD_BYTES = 256;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface Layout {
  dims: number;
  count: number;
  tableSize: number;
  components: number;
  buckets: number;
}

/** Options for {@link WordVectors.open}. */
export interface OpenWordVectorsOptions {
  /**
   * Also check the CRC-32 of the whole file. Off by default: it adds ~25-40 ms to every load (a fifth of
   * it), while the file is written atomically and its header, size and layout are always checked.
   * `postinstall` checks the CRC before reusing a file.
   */
  verify?: boolean;
}

/** Read-only word vectors mapped from one file; words are indexed in frequency order (0 = commonest). */
export class WordVectors {
  /** Dimensions of every vector. */
  readonly dims: number;
  /** Number of words. */
  readonly size: number;
  readonly #offsets: Uint32Array;
  readonly #table: Uint32Array;
  readonly #scales: Float32Array;
  readonly #vectors: Int8Array;
  readonly #words: Uint8Array;
  /** Mean of the commonest words' vectors: the common component (build-time all-but-the-top). */
  readonly mean: Float32Array;
  /** Top principal directions of the commonest words' vectors, unit length, one per row. */
  readonly components: Float32Array[];
  /** Number of hashed character n-gram buckets. */
  readonly buckets: number;
  readonly #bucketScales: Float32Array;
  readonly #bucketVectors: Int8Array;
  readonly #query = new Uint8Array(MAX_WORD_BYTES);

  private constructor(file: Uint8Array, layout: Layout) {
    const { dims, count, tableSize, components, buckets } = layout;
    this.dims = dims;
    this.size = count;
    this.buckets = buckets;
    const buffer = file.buffer;
    let at = file.byteOffset + HEADER_BYTES;
    this.#offsets = new Uint32Array(buffer, at, count + 1);
    at += this.#offsets.byteLength;
    this.#table = new Uint32Array(buffer, at, tableSize);
    at += this.#table.byteLength;
    this.#scales = new Float32Array(buffer, at, count);
    at += this.#scales.byteLength;
    this.mean = new Float32Array(buffer, at, dims);
    at += this.mean.byteLength;
    this.components = Array.from(
      { length: components },
      (_, c) => new Float32Array(buffer, at + 4 * c * dims, dims),
    );
    at += 4 * components * dims;
    this.#bucketScales = new Float32Array(buffer, at, buckets);
    at += this.#bucketScales.byteLength;
    this.#vectors = new Int8Array(buffer, at, count * dims);
    at += this.#vectors.byteLength;
    this.#bucketVectors = new Int8Array(buffer, at, buckets * dims);
    at += this.#bucketVectors.byteLength;
    this.#words = new Uint8Array(buffer, at, file.byteOffset + file.byteLength - at);
  }

  /**
   * Maps the file at `path`. Throws StoreError when it is missing, of another format version,
   * truncated or corrupt.
   */
  static open(path: string, options: OpenWordVectorsOptions = {}): WordVectors {
    let read: Buffer | undefined;
    try {
      // Bounded and regular only: CHOPS_VECTORS=/dev/zero once read 5 GB before failing.
      read = readRegularFileSync(path, maxVectorsFileBytes);
    } catch (error) {
      throw storeFileError(error, 'read', `the word vectors at ${path}`);
    }
    if (!read) throw storeFileError('ENOENT', 'read', `the word vectors at ${path}`);
    const file = read;
    const fail = (why: string) => new StoreError(`The word vectors at ${path} are unusable: ${why}`);
    if (file.length < HEADER_BYTES || file.toString('latin1', 0, 8) !== MAGIC)
      throw fail('not a vectors file');
    const version = file.readUInt32LE(8);
    if (version !== FORMAT_VERSION) throw fail(`format version ${version}, expected ${FORMAT_VERSION}`);
    const [dims, count, tableSize, wordsBytes, crc, components, buckets] = [12, 16, 20, 24, 28, 32, 36].map(
      (at) => file.readUInt32LE(at),
    );
    const expected = expectedFileBytes(dims!, count!, tableSize!, wordsBytes!, components!, buckets!);
    if (file.length !== expected) throw fail(`${file.length} bytes, expected ${expected} (truncated?)`);
    if (options.verify === true && crc32(file.subarray(HEADER_BYTES)) !== crc)
      throw fail('checksum mismatch');
    // Typed-array views need 4-byte alignment; readFileSync gives an unpooled buffer, but be sure.
    const aligned = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
    const layout = {
      dims: dims!,
      count: count!,
      tableSize: tableSize!,
      components: components!,
      buckets: buckets!,
    };
    const vectors = new WordVectors(aligned, layout);
    if (vectors.#offsets[count!] !== wordsBytes || (tableSize! & (tableSize! - 1)) !== 0)
      throw fail('bad layout');
    return vectors;
  }

  /** Index of `word` (its frequency rank − 1), or −1. Case-sensitive; the wink words are lower case. */
  indexOf(word: string): number {
    const query = this.#query;
    const { read, written } = encoder.encodeInto(word, query);
    if (read < word.length || written === 0) return -1;
    const table = this.#table;
    const offsets = this.#offsets;
    const words = this.#words;
    const mask = table.length - 1;
    let slot = hashBytes(query, 0, written) & mask;
    // Bounded, so that even a damaged table without an empty slot cannot loop forever.
    for (let probe = 0; probe < table.length; probe++, slot = (slot + 1) & mask) {
      const index = table[slot]! - 1;
      if (index < 0) return -1;
      const start = offsets[index]!;
      if (offsets[index + 1]! - start !== written) continue;
      let same = true;
      for (let i = 0; i < written && same; i++) same = words[start + i] === query[i];
      if (same) return index;
    }
    return -1;
  }

  /** Whether the vocabulary holds `word`. */
  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /** Frequency rank of `word`, 1 for the commonest word, or undefined when it is unknown. */
  rank(word: string): number | undefined {
    const index = this.indexOf(word);
    return index < 0 ? undefined : index + 1;
  }

  /** The dequantised vector of `word` (a fresh array), or undefined when it is unknown. */
  vector(word: string): Float32Array | undefined {
    const index = this.indexOf(word);
    return index < 0 ? undefined : this.vectorAt(index);
  }

  /** The dequantised vector of the word at `index`, written into `out` if given. */
  vectorAt(index: number, out = new Float32Array(this.dims)): Float32Array {
    out.fill(0);
    this.addTo(out, index, 1);
    return out;
  }

  /** Adds `weight` × the vector of the word at `index` into `target`, without allocating. */
  addTo(target: Float32Array, index: number, weight: number): void {
    if (index < 0 || index >= this.size) throw new RangeError(`No word at index ${index}`);
    const dims = this.dims;
    const factor = this.#scales[index]! * weight;
    const base = index * dims;
    for (let d = 0; d < dims; d++) target[d]! += this.#vectors[base + d]! * factor;
  }

  /** Adds `weight` × the vector of n-gram bucket `bucket` into `target`; false when the bucket is empty. */
  addBucketTo(target: Float32Array, bucket: number, weight: number): boolean {
    if (bucket < 0 || bucket >= this.buckets) throw new RangeError(`No bucket ${bucket}`);
    const scale = this.#bucketScales[bucket]!;
    if (scale === 0) return false;
    const dims = this.dims;
    const factor = scale * weight;
    const base = bucket * dims;
    for (let d = 0; d < dims; d++) target[d]! += this.#bucketVectors[base + d]! * factor;
    return true;
  }

  /** The word at `index` (0 = commonest). */
  wordAt(index: number): string {
    if (index < 0 || index >= this.size) throw new RangeError(`No word at index ${index}`);
    return decoder.decode(this.#words.subarray(this.#offsets[index], this.#offsets[index + 1]));
  }
}
