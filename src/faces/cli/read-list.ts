import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { UserInputError } from '../../domain/errors/index.js';

const maxListBytes = 1_000_000;

/**
 * Reads a list of names from a file or standard input (`-`), as pasted from a CV: one per line, or
 * separated by commas or semicolons; bullets and numbering are dropped, as are blank and `#` lines.
 */
export async function readNameList(source: string, stdin: Readable): Promise<string[]> {
  let content: string;
  try {
    content = source === '-' ? await text(stdin) : await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UserInputError(`cannot read ${source}: ${reason}`);
  }
  if (Buffer.byteLength(content) > maxListBytes) {
    throw new UserInputError(`${source} is larger than 1 MB; a list of abilities is much smaller`);
  }
  return content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(/[,;]/))
    .map((item) => item.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/u, '').trim())
    .filter((item) => item !== '');
}
