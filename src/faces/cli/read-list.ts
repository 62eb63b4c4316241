import type { Readable } from 'node:stream';
import { readBounded, readStreamBounded } from '../../adapters/files/bounded-read.js';

const maxListBytes = 1_000_000;

/**
 * Reads a list of names from a file or standard input (`-`), as pasted from a CV: one per line, or
 * separated by commas or semicolons; bullets and numbering are dropped, as are blank and `#` lines.
 */
export async function readNameList(source: string, stdin: Readable): Promise<string[]> {
  const limits = { maxBytes: maxListBytes, what: 'a list of abilities' };
  const bytes =
    source === '-'
      ? await readStreamBounded(stdin, 'standard input', limits)
      : await readBounded(source, limits);
  const content = bytes.toString('utf8');
  return content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(/[,;]/))
    .map((item) => item.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/u, '').trim())
    .filter((item) => item !== '');
}
