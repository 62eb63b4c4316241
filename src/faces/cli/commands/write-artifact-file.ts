import { rename, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { ArtifactFormat } from '../../../domain/artifact.js';
import { UserInputError } from '../../../domain/errors/index.js';
import type { FormatCheckers } from '../../../domain/ports/format-checker.js';

/**
 * Writes an artifact to `path`: rendered when the extension is one its format renders to (`.mid`,
 * `.svg`, `.html`), else its source. Written to a temporary file first, so a failure leaves no half file.
 */
export async function writeArtifactFile(
  path: string,
  format: ArtifactFormat,
  content: string,
  checkers: FormatCheckers,
): Promise<string> {
  const extension = extname(path).slice(1).toLowerCase();
  const checker = checkers[format];
  const bytes = checker.renderExtensions.includes(extension)
    ? await checker.render(content, extension)
    : new TextEncoder().encode(content);
  const target = resolve(path);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such folder'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : (error as Error).message;
    throw new UserInputError(`cannot write ${path}: ${reason}`);
  }
  return target;
}
