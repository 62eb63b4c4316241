import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnglishDictionary, locateDictionary, wordLexicon } from '../../../adapters/dictionary/index.js';
import { locateWordVectors, WordVectors } from '../../../adapters/embeddings/index.js';
import type { DatLexicon } from '../../../domain/dat.js';

let shared: Promise<{ lexicon: DatLexicon; dictionaryPath: string }> | undefined;

/**
 * The real DAT lexicon (the installed dictionary lists and the vectors `postinstall` built), loaded
 * once per test process; the dictionary file is built in a temporary folder, and its path can be
 * handed to chops as CHOPS_DICTIONARY so that CLI tests do not build it again.
 */
export function realDatLexicon(): Promise<{ lexicon: DatLexicon; dictionaryPath: string }> {
  shared ??= (async () => {
    const home = mkdtempSync(join(tmpdir(), 'chops-dat-'));
    const dictionaryPath = locateDictionary({ home, env: {} });
    const vectors = WordVectors.open(await locateWordVectors({ home, env: {} }));
    return { lexicon: wordLexicon(EnglishDictionary.open(dictionaryPath), vectors), dictionaryPath };
  })();
  return shared;
}
