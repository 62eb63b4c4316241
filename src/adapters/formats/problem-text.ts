// C0/C1 controls (ESC starts terminal escape sequences), DEL, and Unicode line separators.
const controlCharacters = /[\p{Cc}\u2028\u2029]+/gu;

/**
 * Makes one problem line out of untrusted text (an error message thrown by generated code, a parser
 * warning): control characters become spaces, so no escape sequence reaches a terminal, whitespace
 * collapses, and long text is cut so that a problem list stays short enough to send back to the model.
 */
export function problemLine(text: string, maxLength = 240): string {
  const flat = text.replace(controlCharacters, ' ').replace(/\s+/g, ' ').trim();
  return flat.length <= maxLength ? flat : `${flat.slice(0, maxLength - 1)}…`;
}

/** Milliseconds since `start` (from performance.now()), rounded to a tenth, for CheckResult.durationMs. */
export function elapsedSince(start: number): number {
  return Math.round((performance.now() - start) * 10) / 10;
}
