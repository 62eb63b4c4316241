/** The English dictionary of the Divergent Association Task: words, and which of them are nouns. */
export {
  buildDictionary,
  type DictionarySources,
  installedDictionarySources,
} from './build-dictionary.js';
export { EnglishDictionary } from './english-dictionary.js';
export { DICTIONARY_FILE, type LocateDictionaryOptions, locateDictionary } from './locate-dictionary.js';
export { wordLexicon } from './word-lexicon.js';
