import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../test/support/temp-folder.js';
import { StoreError } from '../../domain/errors/index.js';
import { buildDictionary, type DictionarySources } from './build-dictionary.js';
import { EnglishDictionary } from './english-dictionary.js';
import { locateDictionary } from './locate-dictionary.js';

const tempFolder = temporaryFolders();
const licence = '  1 This software and database is being provided to you, the LICENSEE\n';

/** Small stand-ins for word-list and WordNet, with the shapes of the real files. */
function sources(folder: string, label = 'test@1'): DictionarySources {
  const wordnet = join(folder, 'dict');
  mkdirSync(wordnet, { recursive: true });
  writeFileSync(join(folder, 'words.txt'), 'aardvark\nbig\ncats\nhappy\nzebra\nx\nnaïve\n');
  const index = (lemmas: string[]) =>
    `${licence}${lemmas.map((lemma) => `${lemma} n 1 1 @ 1 0 00000001  \n`).join('')}`;
  writeFileSync(
    join(wordnet, 'index.noun'),
    index(['cat', 'foot', 'ice_cream', 'saturn', "o'clock", '1000', 'zebra']),
  );
  writeFileSync(join(wordnet, 'index.verb'), index(['run', 'look_up']));
  writeFileSync(join(wordnet, 'index.adj'), index(['big']));
  writeFileSync(join(wordnet, 'index.adv'), index(['quickly']));
  return { wordList: join(folder, 'words.txt'), wordnet, label };
}

describe('EnglishDictionary', () => {
  it('holds word-list and every WordNet lemma (compounds hyphenated) that fit the pattern', () => {
    const folder = tempFolder();
    const path = join(folder, 'english.txt');
    buildDictionary(path, sources(folder));
    const dictionary = EnglishDictionary.open(path);
    for (const word of [
      'aardvark',
      'big',
      'cats',
      'cat',
      'ice-cream',
      'look-up',
      'saturn',
      'quickly',
      'zebra',
    ]) {
      expect(dictionary.has(word), word).toBe(true);
    }
    for (const word of ['x', 'naïve', "o'clock", '1000', 'ice_cream', 'Cat', 'ca', 'cattle', 'zebras', '']) {
      expect(dictionary.has(word), word).toBe(false);
    }
    expect(dictionary.size).toBe(12);
  });

  it('knows nouns from WordNet, plurals through their singular, and nothing else', () => {
    const folder = tempFolder();
    const path = join(folder, 'english.txt');
    buildDictionary(path, sources(folder));
    const dictionary = EnglishDictionary.open(path);
    expect(['cat', 'cats', 'feet', 'ice-cream', 'zebra'].map((word) => dictionary.isNoun(word))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['big', 'happy', 'run', 'quickly'].map((word) => dictionary.isNoun(word))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('finds every word of a larger list by binary search, first and last included', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`);
    const dictionary = EnglishDictionary.of(words, []);
    expect(words.every((word) => dictionary.has(word))).toBe(true);
    expect(['w', 'wx', 'a', 'zzzz', 'w0', 'w0xx'].some((word) => dictionary.has(word))).toBe(false);
  });

  it('refuses a missing, truncated or foreign file with a StoreError', () => {
    const folder = tempFolder();
    expect(() => EnglishDictionary.open(join(folder, 'none.txt'))).toThrow(StoreError);
    const path = join(folder, 'english.txt');
    buildDictionary(path, sources(folder));
    writeFileSync(path, readFileSync(path).subarray(0, 100));
    expect(() => EnglishDictionary.open(path)).toThrow(/unusable/);
    writeFileSync(path, 'hello\nworld\n');
    expect(() => EnglishDictionary.open(path)).toThrow(/unusable/);
  });
});

describe('locateDictionary', () => {
  it('builds into the data folder once, and again when the source lists change version', () => {
    const folder = tempFolder();
    const home = join(folder, 'home');
    const notes: string[] = [];
    const onProgress = (text: string) => notes.push(text);
    const path = locateDictionary({ home, sources: sources(folder), env: {}, onProgress });
    expect(path).toBe(join(home, 'dictionary', 'english.txt'));
    expect(locateDictionary({ home, sources: sources(folder), env: {}, onProgress })).toBe(path);
    expect(notes).toHaveLength(1);
    locateDictionary({ home, sources: sources(folder, 'test@2'), env: {}, onProgress });
    expect(notes).toHaveLength(2);
    expect(readFileSync(path, 'latin1')).toMatch(/^chops-dictionary 1 test@2 12\n/);
  });

  it('uses CHOPS_DICTIONARY when set, and says so when it names nothing', () => {
    const folder = tempFolder();
    const file = join(folder, 'mine.txt');
    writeFileSync(file, '');
    expect(locateDictionary({ home: folder, env: { CHOPS_DICTIONARY: file } })).toBe(file);
    expect(() => locateDictionary({ home: folder, env: { CHOPS_DICTIONARY: join(folder, 'gone') } })).toThrow(
      /CHOPS_DICTIONARY names/,
    );
  });
});
