/**
 * What the ABC parser says that does not change what is played: notes about engraving (a duration it
 * cannot draw as one note, such as z5), decorations, formatting and MIDI directives, and fields it ignores.
 * These are warnings, never failures; everything else the parser says (an unknown character it drops, a
 * missing quote or brace) changes the music and fails the tune.
 */
const harmlessNotes = [
  /Duration not representable/,
  /Unknown decoration/,
  /Unknown directive/,
  /Formatting directive unrecognized/,
  /Postscript ignored/,
  /Ignored header/,
  /in font definition/,
  /in MIDI /,
  /Directive ".*" requires a number/,
];

/** Whether a parser warning (as plain text) leaves the music as written. */
export function isHarmless(warning: string): boolean {
  return harmlessNotes.some((pattern) => pattern.test(warning));
}

// The information fields of ABC 2.1 (section 3); abcjs reads a line with any other letter as music.
const knownFields = new Set('ABCDFGHIKLMmNOPQRrSsTUVWwXZE'.split(''));

/**
 * The tune with lines of unknown fields (such as Y: or J:, which some tune books use) blanked into
 * comments of the same length, so abcjs does not take them for music and character offsets stay the same,
 * and one warning per field letter.
 */
export function withoutUnknownFields(content: string): { content: string; warnings: string[] } {
  const seen = new Set<string>();
  const lines = content.split('\n').map((line) => {
    const match = /^([A-Za-z]):/.exec(line);
    if (!match || knownFields.has(match[1]!)) return line;
    seen.add(match[1]!);
    return `%${line.slice(1)}`;
  });
  const warnings = [...seen].map((letter) => `unknown field ${letter}: ignored (not part of ABC 2.1)`);
  return { content: lines.join('\n'), warnings };
}
