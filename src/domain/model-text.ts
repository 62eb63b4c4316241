// The one place where text from outside chops (a model's answer, code it wrote, an error message, what a
// person typed) is made safe: stripped of what a terminal would obey, bounded without splitting what a
// reader sees as one character, and quoted into prompts so that it cannot pass for chops' instructions.

// Terminal escape sequences, dropped whole so that no "[2J" is left behind when their ESC goes: CSI
// (ESC[ or the 8-bit CSI, as in ESC[2J or ESC[31m), the string sequences OSC, DCS, SOS, PM and APC (a
// window title, an OSC 8 link) up to their BEL or ST terminator, 7- and 8-bit, and the short ones
// (ESC 7, ESC ( B, ESC c).
const escapeSequences =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]/g;
// Format characters: bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), marks
// (U+200E, U+200F, U+061C), zero-width spaces, joiners and the BOM, soft hyphens, tag characters —
// all invisible, and the bidi ones reverse what follows ("Trojan Source"). The zero-width joiner and
// non-joiner are kept: emoji sequences and Persian or Indic script need them. Hangul fillers are
// letters that draw nothing, so they go too.
const invisibles = /(?![\u200C\u200D])[\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;
// Control characters (C0, DEL, C1) and the Unicode line separators.
const controls = /[\p{Cc}\u2028\u2029]+/gu;
// What multi-line text keeps of the controls: newlines and tabs.
const controlsButLines = /(?![\n\t])[\p{Cc}\u2028\u2029]/gu;

/** Whether text holds a control character (C0, DEL, C1) or a line separator: never part of a name. */
export function containsControls(text: string): boolean {
  return /[\p{Cc}\u2028\u2029]/u.test(text);
}

/**
 * Text without what a reader cannot see but a terminal or a bidi renderer obeys: escape sequences
 * (whole), bidi overrides and other invisible format characters. Other control characters are left for
 * the caller to drop or mark (the terminal shows them as '�').
 */
export function withoutEscapes(text: string): string {
  return text.replace(escapeSequences, '').replace(invisibles, '');
}

/**
 * Text from a model (or any outside text) made one plain line: control, bidi and invisible characters
 * removed, whitespace collapsed to single spaces, cut to `maxLength` characters (see `cutText`). What is
 * shown is still escaped again by each face.
 */
export function cleanModelText(text: string, maxLength: number): string {
  const plain = withoutEscapes(text.normalize('NFC')).replace(controls, ' ').replace(/\s+/gu, ' ').trim();
  return cutText(plain, maxLength);
}

/**
 * Multi-line text from a model (a trick's explanation and example, a card's answer): bidi, invisible
 * and control characters removed as in `cleanModelText`, but newlines and tabs kept (CRLF becomes LF),
 * and the text cut to `maxLength` characters when one is given.
 */
export function safeModelText(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const safe = withoutEscapes(text.normalize('NFC').replace(/\r\n?/g, '\n'))
    .replace(controlsButLines, '')
    .trim();
  return cutText(safe, maxLength);
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** How many characters text has, counted as every bound of chops counts them: by code point. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * `text` if it has at most `maxLength` characters (code points, as `characterCount`), else its start
 * and '…' within that many. The cut falls between graphemes (Intl.Segmenter), so it never splits an
 * emoji sequence, a flag, or a letter from its combining marks.
 */
export function cutText(text: string, maxLength: number): string {
  if (characterCount(text) <= maxLength) return text;
  const budget = Math.max(0, maxLength - 1);
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = characterCount(segment);
    if (used + size > budget) break;
    kept += segment;
    used += size;
  }
  return `${kept}…`;
}

/**
 * A short piece of outside text (a name, a title, a goal) as a prompt quotes it inline: one line, and
 * without angle brackets, so that it can neither open nor close a tag of the prompt.
 */
export function quoteInline(text: string): string {
  return text.replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A long piece of outside text (an artifact, a learner's answer, a check) as a prompt quotes it:
 * between `<tag>` and `</tag>` on lines of their own, kept as written (code needs its `<`) except that
 * every `<tag` or `</tag` inside it becomes `&lt;tag`, so that the text cannot close its block and speak
 * as the prompt. Attribute values are quoted inline, without double quotes.
 */
export function quoteBlock(
  tag: string,
  text: string,
  attributes: Readonly<Record<string, string>> = {},
): string {
  if (!/^[a-z][a-z0-9_-]*$/.test(tag)) throw new RangeError(`not a prompt tag name: ${tag}`);
  const opened = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${quoteInline(value).replace(/"/g, "'")}"`)
    .join('');
  const ownTag = new RegExp(`<(?=\\s*/?\\s*${tag}(?![a-z0-9_-]))`, 'gi');
  return `<${tag}${opened}>\n${text.replace(ownTag, '&lt;')}\n</${tag}>`;
}
