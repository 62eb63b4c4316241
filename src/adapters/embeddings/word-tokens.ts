/** The words of a text as the word-vector embedder reads them, before any lookup. */
interface RawWord {
  /** Lower case, NFKC, possessive dropped. */
  word: string;
  /** As written (NFKC), for splitting camel case ("MusicXML") and letter–digit joins ("music21"). */
  written: string;
  /** Whether a hyphen (or dash) joins it to the next word. */
  hyphenated: boolean;
}

const HYPHENS = /^\p{Pd}+$/u;

/** Splits `text` on anything that is not a letter or digit, remembering hyphens between words. */
export function rawWords(text: string): RawWord[] {
  const parts = text
    .normalize('NFKC')
    .replace(/['’]s\b/giu, '')
    .split(/([^\p{L}\p{N}]+)/u);
  // parts alternates word, separator, word, …; a hyphen-only separator may join two words.
  const words: RawWord[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i] === '') continue;
    words.push({
      word: parts[i]!.toLowerCase(),
      written: parts[i]!,
      hyphenated: HYPHENS.test(parts[i + 1] ?? ''),
    });
  }
  return words;
}

/**
 * The pieces of a word written in camel case or with digits ("MusicXML" → music, xml; "music21" →
 * music, 21; "qPCR" → pcr), lower case; pieces of one letter are dropped. One piece means no split.
 */
export function wordPieces(written: string): string[] {
  return written
    .split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u)
    .map((piece) => piece.toLowerCase())
    .filter((piece) => piece.length > 1);
}
