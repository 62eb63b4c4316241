import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserInputError } from '../../../domain/errors/index.js';

/**
 * Writes `content` to `path` through a temporary file renamed into place, so that a failure (a full
 * disk, an interrupted run) never leaves half a file where a whole one was. Returns the full path.
 */
export async function writeOutputFile(path: string, content: string | Uint8Array): Promise<string> {
  const target = resolve(path);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      ENOENT: 'no such folder',
      EACCES: 'permission denied',
      EISDIR: 'it is a folder',
      ENOSPC: 'the disk is full',
    };
    throw new UserInputError(`cannot write ${path}: ${reasons[code ?? ''] ?? (error as Error).message}`);
  }
  return target;
}
