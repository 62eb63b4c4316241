import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { cannotRead } from '../../adapters/files/file-errors.js';
import { UserInputError } from '../../domain/errors/index.js';

const maxIdeasBytes = 100_000;

/**
 * The person's own ideas from a file or standard input (`-`): one per line (commas belong to the
 * idea); bullets and numbering are dropped, as are blank and `#` lines.
 */
export async function readIdeaLines(source: string, stdin: Readable): Promise<string[]> {
  let content: string;
  try {
    content = source === '-' ? await text(stdin) : await readFile(source, 'utf8');
  } catch (error) {
    throw cannotRead(source, error);
  }
  if (Buffer.byteLength(content) > maxIdeasBytes) {
    throw new UserInputError(`${source} is larger than 100 kB; your own ideas are a few lines`);
  }
  return content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/u, '').trim())
    .filter((line) => line !== '');
}
