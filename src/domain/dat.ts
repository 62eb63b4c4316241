/*
 * The Divergent Association Task (Olson et al., PNAS 2021), scored as the reference scorer `dat.py`
 * scores it, so that a chops score means what a published one means (up to the vectors):
 * - an entry keeps only ASCII letters, hyphens and spaces, is trimmed and lower-cased; one letter or
 *   less is no word;
 * - a multi-word entry is tried hyphenated, then joined ("cul de sac" → cul-de-sac, culdesac); a
 *   hyphenated one as it is, then joined ("top-hat" → top-hat, tophat);
 * - the first candidate that matches the pattern, is in the dictionary and has a vector is the word;
 * - the first 7 unique words are scored: the mean cosine distance of their 21 pairs, × 100.
 * One deliberate difference: accents are folded before the letters are kept ("café" → cafe, where the
 * reference would keep "caf"), which only ever rescues a word the reference would have dropped.
 */
import { cosine, type Vector } from './vector.js';

/** How many words the person is asked for. */
export const DAT_WORDS_ASKED = 10;
/** How many valid words are scored; fewer give no score. */
export const DAT_WORDS_SCORED = 7;
/** The reference's word pattern: letters and inner hyphens. */
export const DAT_WORD_PATTERN = /^[a-z][a-z-]*[a-z]$/;

/** What the scorer asks about a candidate word; every call is cheap and synchronous. */
export interface DatLexicon {
  /** Whether the English dictionary lists `word` (lower case). */
  inDictionary(word: string): boolean;
  /** The word's vector, or undefined when the vectors lack it. */
  vector(word: string): Vector | undefined;
  /** Whether the dictionary knows `word` as a noun. Advisory only: the reference checks no part of speech. */
  isNoun?(word: string): boolean;
}

/**
 * Why an entry does not count: `not-a-word` (nothing left but one letter, as with numbers, symbols or
 * another script), `not-one-word` (words that form no known compound), `not-in-dictionary`,
 * `no-vector` (in the dictionary, missing from the vectors), `duplicate` (same word as an earlier one).
 */
export type DatInvalidReason =
  | 'not-a-word'
  | 'not-one-word'
  | 'not-in-dictionary'
  | 'no-vector'
  | 'duplicate';

/** An entry that does not count, as the person wrote it, with the form that was looked up. */
export interface DatInvalidEntry {
  entry: string;
  /** The cleaned form that was tried first ("" when nothing was left). */
  word: string;
  reason: DatInvalidReason;
}

/** The outcome of scoring one list. */
export interface DatResult {
  /** Mean pairwise cosine distance × 100 of {@link DatResult.valid}; undefined with fewer than 7. */
  score: number | undefined;
  /** The words scored: the first 7 valid unique ones, in the person's order, as looked up. */
  valid: string[];
  /** Valid words after the seventh, which the task does not score. */
  unused: string[];
  invalid: DatInvalidEntry[];
  /** Scored words the dictionary does not know as nouns (they still count, as in the reference). */
  notNouns: string[];
}

/** One entry checked: the word it stands for, or why it does not count. */
type DatEntryCheck = { word: string } | { word: string; reason: Exclude<DatInvalidReason, 'duplicate'> };

/** The entry as the reference cleans it (plus accent folding): letters, hyphens, spaces; lower case. */
export function cleanDatEntry(entry: string): string {
  return entry
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-zA-Z\- ]+/g, '')
    .trim()
    .toLowerCase();
}

/** The forms of a cleaned entry to look up, in the reference's order. */
export function datCandidates(clean: string): string[] {
  if (clean.includes(' ')) return [clean.replace(/ +/g, '-'), clean.replace(/ +/g, '')];
  return clean.includes('-') ? [clean, clean.replace(/-+/g, '')] : [clean];
}

/** Checks one entry on its own (duplicates need the whole list: see {@link scoreDat}). */
export function checkDatEntry(entry: string, lexicon: DatLexicon): DatEntryCheck {
  const clean = cleanDatEntry(entry);
  if (clean.length <= 1) return { word: clean, reason: 'not-a-word' };
  const candidates = datCandidates(clean).filter((candidate) => DAT_WORD_PATTERN.test(candidate));
  if (candidates.length === 0) return { word: clean, reason: 'not-a-word' };
  let listed: string | undefined;
  for (const candidate of candidates) {
    if (!lexicon.inDictionary(candidate)) continue;
    listed ??= candidate;
    if (lexicon.vector(candidate) !== undefined) return { word: candidate };
  }
  if (listed !== undefined) return { word: listed, reason: 'no-vector' };
  return { word: candidates[0]!, reason: clean.includes(' ') ? 'not-one-word' : 'not-in-dictionary' };
}

/** Scores one list of entries as the reference does; never throws on odd text. */
export function scoreDat(entries: readonly string[], lexicon: DatLexicon): DatResult {
  const words: string[] = [];
  const invalid: DatInvalidEntry[] = [];
  for (const entry of entries) {
    const check = checkDatEntry(entry, lexicon);
    if ('reason' in check) invalid.push({ entry, word: check.word, reason: check.reason });
    else if (words.includes(check.word)) invalid.push({ entry, word: check.word, reason: 'duplicate' });
    else words.push(check.word);
  }
  const valid = words.slice(0, DAT_WORDS_SCORED);
  const score =
    valid.length < DAT_WORDS_SCORED
      ? undefined
      : meanPairwiseDistance(valid.map((word) => lexicon.vector(word)!)) * 100;
  const isNoun = lexicon.isNoun?.bind(lexicon);
  return {
    score,
    valid,
    unused: words.slice(DAT_WORDS_SCORED),
    invalid,
    notNouns: isNoun ? valid.filter((word) => !isNoun(word)) : [],
  };
}

/** Mean cosine distance (1 − cosine, 0 to 2) over every pair of `vectors`; 0 for fewer than two. */
export function meanPairwiseDistance(vectors: readonly Vector[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      sum += 1 - cosine(vectors[i]!, vectors[j]!);
      pairs++;
    }
  }
  return pairs === 0 ? 0 : sum / pairs;
}

/** A score the person made, as kept. */
export interface DatRecord {
  id: string;
  /** The entries as the person gave them. */
  words: string[];
  /** The seven words scored. */
  valid: string[];
  score: number;
  takenAt: Date;
}
