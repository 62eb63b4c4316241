/** Types for build-vectors.js, so chops can build the word-vector file lazily in its data folder. */

/** The eight bytes every vectors file starts with. */
export declare const MAGIC: string;
/** Bumped whenever the layout changes; a file of another version is rebuilt, never read. */
export declare const FORMAT_VERSION: number;
/** Size of the fixed header before the first section. */
export declare const HEADER_BYTES: number;

/** What a conversion produced. */
export interface BuildVectorsResult {
  dims: number;
  count: number;
  /** Size of the written file. */
  bytes: number;
  milliseconds: number;
}

export interface BuildVectorsOptions {
  /** Called after each chunk of the input is read, with the share read so far (0..1). */
  onProgress?: (fraction: number) => void;
}

/** FNV-1a over `bytes[start, end)`: the hash that places words in the file's lookup table. */
export declare function hashBytes(bytes: Uint8Array, start: number, end: number): number;

/** Lookup-table slots for `count` words (a power of two, at least twice the count). */
export declare function tableSizeFor(count: number): number;

/** The exact size of a file whose header gives these numbers. */
export declare function expectedFileBytes(
  dims: number,
  count: number,
  tableSize: number,
  wordsBytes: number,
  components: number,
  buckets: number,
): number;

/** N-gram buckets for a vocabulary of `count` words (a power of two, at most 2^17). */
export declare function bucketCountFor(count: number): number;

/**
 * Converts the wink JSON at `inputPath` into the binary vectors file at `outputPath` (written to a
 * temporary file, then renamed). Synchronous; throws a plain Error on unreadable or malformed input.
 */
export declare function buildVectors(
  inputPath: string,
  outputPath: string,
  options?: BuildVectorsOptions,
): BuildVectorsResult;

/** Whether `path` holds a complete file of this format version (header, size and checksum). */
export declare function isValidVectorsFile(path: string): boolean;
