import stringWidth from 'string-width';
import { withoutEscapes } from '../../domain/model-text.js';

// Every control character but newline and tab, after escape sequences have been removed whole.
const otherControls = /(?![\n\t])\p{Cc}/gu;

/**
 * Text from outside chops (model output, stored names, imported files) made safe for a terminal:
 * escape sequences, bidi overrides and invisible characters removed (see withoutEscapes), control
 * characters other than newline and tab shown as '�'.
 */
export function terminalSafe(text: string): string {
  return withoutEscapes(text).replace(otherControls, '\ufffd');
}

/** One line of outside text: also folds newlines and tabs. */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text.replace(/[\n\t\r]+/g, ' '));
}

/** How many terminal columns text takes: wide CJK and emoji count two, colours and marks none. */
export function columnWidth(text: string): number {
  return stringWidth(text);
}

/**
 * Text padded with spaces to `width` columns (on the right, or on the left for `align: 'right'`), as
 * the terminal shows it: by string-width, so that CJK names and emoji keep a table's columns straight.
 * Text already wider is left as it is.
 */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const padding = ' '.repeat(Math.max(0, width - columnWidth(text)));
  return align === 'left' ? text + padding : padding + text;
}
