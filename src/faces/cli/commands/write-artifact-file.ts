import { rename, writeFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { ArtifactFormat } from '../../../domain/artifact.js';
import { UserInputError } from '../../../domain/errors/index.js';
import type { FormatChecker, FormatCheckers, RenderOptions } from '../../../domain/ports/format-checker.js';

/**
 * Writes an artifact to `path`: rendered when the extension is one its format renders to (`.mid`,
 * `.svg`, `.html`), its source when it is one of the format's own (`.abc`, `.md`, `.vl.json`), and
 * refused with one line otherwise, so the source never lands under a wrong name. Written to a temporary
 * file first, so a failure leaves no half file.
 */
export async function writeArtifactFile(
  path: string,
  format: ArtifactFormat,
  content: string,
  checkers: FormatCheckers,
  options: RenderOptions = {},
): Promise<string> {
  const { isSource, extension } = artifactFileKind(path, checkers[format]);
  const bytes = isSource
    ? new TextEncoder().encode(content)
    : await checkers[format].render(content, extension, options);
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

/**
 * Whether `path` names the artifact's source or a rendering of it, by its extension; a UserInputError
 * (one line, naming the extensions that work) for any other, so `make` can refuse before it starts.
 */
export function artifactFileKind(
  path: string,
  checker: FormatChecker,
): { isSource: boolean; extension: string } {
  const name = basename(path).toLowerCase();
  const extension = extname(name).slice(1);
  const isSource = checker.sourceExtensions.some((source) => name.endsWith(`.${source}`));
  if (isSource || checker.renderExtensions.includes(extension)) return { isSource, extension };
  const choices = [...checker.sourceExtensions, ...checker.renderExtensions].map((choice) => `.${choice}`);
  const listed = `${choices.slice(0, -1).join(', ')}${choices.length > 1 ? ' or ' : ''}${choices.at(-1)}`;
  throw new UserInputError(
    `${checker.format} artifacts can be written as ${listed}, not ${extension ? `.${extension}` : 'a file without an extension'}`,
  );
}
