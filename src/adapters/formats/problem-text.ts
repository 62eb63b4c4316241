import { cleanModelText } from '../../domain/model-text.js';

/**
 * Makes one problem line out of untrusted text (an error message thrown by generated code, a parser
 * warning): escape sequences and control characters go, so none reaches a terminal, whitespace
 * collapses, and long text is cut so that a problem list stays short enough to send back to the model.
 */
export function problemLine(text: string, maxLength = 240): string {
  return cleanModelText(text, maxLength);
}

/** Milliseconds since `start` (from performance.now()), rounded to a tenth, for CheckResult.durationMs. */
export function elapsedSince(start: number): number {
  return Math.round((performance.now() - start) * 10) / 10;
}
