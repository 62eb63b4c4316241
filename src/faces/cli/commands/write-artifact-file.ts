import { basename, extname } from 'node:path';
import type { ArtifactFormat } from '../../../domain/artifact.js';
import { UserInputError } from '../../../domain/errors/index.js';
import type { ArtifactFormats, FormatChecker, RenderOptions } from '../../../domain/ports/format-checker.js';
import { checkOutputTarget, type OutputTarget, writeOutputFile } from './write-output-file.js';

/**
 * Writes an artifact to `path` (see writeOutputFile: regular files only, outside the data folder, `-`
 * for standard output): rendered when the extension is one its format renders to (`.mid`, `.svg`,
 * `.html`), its source when it is one of the format's own (`.abc`, `.md`, `.vl.json`) or `-`, and
 * refused with one line otherwise, so the source never lands under a wrong name.
 */
export async function writeArtifactFile(
  path: string,
  format: ArtifactFormat,
  content: string,
  formats: ArtifactFormats,
  target: OutputTarget,
  options: RenderOptions = {},
): Promise<string> {
  if (path !== '-') await checkOutputTarget(path, target);
  const { isSource, extension } =
    path === '-' ? { isSource: true, extension: '' } : artifactFileKind(path, formats.get(format));
  const bytes = isSource
    ? new TextEncoder().encode(content)
    : await formats.get(format).render(content, extension, options);
  return writeOutputFile(path, bytes, target);
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
    `${checker.name} artifacts can be written as ${listed}, not ${extension ? `.${extension}` : 'a file without an extension'}`,
  );
}
