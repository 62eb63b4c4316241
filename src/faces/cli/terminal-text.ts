import { stripVTControlCharacters } from 'node:util';

// Every control character but newline and tab, after escape sequences have been removed whole.
const otherControls = /(?![\n\t])\p{Cc}/gu;

/**
 * Text from outside chops (model output, stored names, imported files) made safe for a terminal:
 * escape sequences removed, control characters other than newline and tab shown as '�'.
 */
export function terminalSafe(text: string): string {
  return stripVTControlCharacters(text).replace(otherControls, '\ufffd');
}

/** One line of outside text: also folds newlines and tabs. */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text.replace(/[\n\t\r]+/g, ' '));
}
