import type { Writable } from 'node:stream';
import pc from 'picocolors';
import { columnWidth, padToWidth, terminalSafeLine } from './terminal-text.js';

export type Colors = ReturnType<typeof pc.createColors>;

/** Where a command writes, and how: colour only for a terminal and never when NO_COLOR is set. */
export interface Output {
  readonly colors: Colors;
  readonly isTerminal: boolean;
  line(text?: string): void;
  json(value: unknown): void;
  /** Notes and progress go to standard error, so that standard output stays clean for pipes. */
  note(text: string): void;
}

export function createOutput(stdout: Writable, stderr: Writable, env: NodeJS.ProcessEnv): Output {
  const isTerminal = Boolean((stdout as { isTTY?: boolean }).isTTY);
  const useColor = isTerminal && !('NO_COLOR' in env) && env.TERM !== 'dumb';
  return {
    colors: pc.createColors(useColor),
    isTerminal,
    line: (text = '') => stdout.write(`${text}\n`),
    json: (value) => stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    note: (text) => stderr.write(`${text}\n`),
  };
}

/** A table cell: outside text, optionally with a colour of ours applied after it is made safe. */
type Cell = string | { text: string; color: (text: string) => string };

/**
 * A plain text table: columns padded to their widest cell, in terminal columns (a CJK name or an emoji
 * takes two). Cell text comes from outside (names, model output) and is made terminal-safe here, once,
 * for every table, before any colour is added.
 */
export function table(
  rows: readonly (readonly Cell[])[],
  options: { header?: readonly string[] } = {},
): string {
  const all = (options.header ? [options.header, ...rows] : rows).map((row) =>
    row.map((cell) => {
      const text = terminalSafeLine(typeof cell === 'string' ? cell : cell.text);
      return { text, shown: typeof cell === 'string' ? text : cell.color(text) };
    }),
  );
  const widths: number[] = [];
  for (const row of all) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, columnWidth(cell.text));
    });
  }
  return all
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell.shown : padToWidth(cell.shown, widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
