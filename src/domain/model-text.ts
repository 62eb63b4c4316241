// Terminal escape sequences (CSI such as ESC[2J, OSC such as a title or a link, and the short ones),
// dropped whole so that no "[2J" is left behind when their ESC goes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const escapeSequences = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
// Control characters and Unicode line separators: never kept.
const controls = /[\p{Cc}\u2028\u2029]+/gu;
// Format characters: bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), marks
// (U+200E, U+200F, U+061C), zero-width spaces, joiners and the BOM, soft hyphens, tag characters —
// all invisible, and the bidi ones reverse what follows ("Trojan Source"). The zero-width joiner and
// non-joiner are kept: emoji sequences and Persian or Indic script need them. Hangul fillers are
// letters that draw nothing, so they go too.
const invisibles = /(?![\u200C\u200D])[\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;
// What multi-line text keeps of the controls: newlines and tabs.
const controlsButLines = /(?![\n\t])[\p{Cc}\u2028\u2029]/gu;

/**
 * Text from a model, made plain: control, bidi and invisible characters removed, whitespace collapsed
 * to single spaces, cut to `maxLength` characters. What is shown is still escaped again by each face.
 */
export function cleanModelText(text: string, maxLength: number): string {
  const plain = text
    .normalize('NFC')
    .replace(escapeSequences, '')
    .replace(invisibles, '')
    .replace(controls, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return cut(plain, maxLength);
}

/**
 * Multi-line text from a model (a trick's explanation and example, a card's answer): bidi, invisible
 * and control characters removed as in `cleanModelText`, but newlines and tabs kept (CRLF becomes LF),
 * and the text cut to `maxLength` characters when one is given.
 */
export function safeModelText(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const safe = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(escapeSequences, '')
    .replace(invisibles, '')
    .replace(controlsButLines, '')
    .trim();
  return cut(safe, maxLength);
}

function cut(text: string, maxLength: number): string {
  const characters = [...text];
  return characters.length <= maxLength
    ? text
    : `${characters
        .slice(0, maxLength - 1)
        .join('')
        .trimEnd()}…`;
}
